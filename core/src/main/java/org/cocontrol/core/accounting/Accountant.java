package org.cocontrol.core.accounting;

import java.util.Objects;

/**
 * Accounts activity records: for each, its greenhouse gases and air pollutants with the method and
 * the parameters behind every number. Pure: reads only the reference data it was given.
 *
 * <pre>{@code
 * Accountant accountant = Accountant.of(referenceData, AccountingOptions.defaults());
 * RecordResult result = accountant.account(record);
 * }</pre>
 */
public final class Accountant {

  private final ReferenceData reference;
  private final AccountingOptions options;

  private Accountant(ReferenceData reference, AccountingOptions options) {
    this.reference = Objects.requireNonNull(reference, "reference");
    this.options = Objects.requireNonNull(options, "options");
  }

  public static Accountant of(ReferenceData reference, AccountingOptions options) {
    return new Accountant(reference, options);
  }

  /**
   * The emissions of one record.
   *
   * @throws AccountingException when the record names an unknown activity, source or control, or an
   *     amount unit that does not fit its activity
   */
  public RecordResult account(ActivityRecord record) {
    return new Calculation(reference, options, record).run();
  }

  public ReferenceData reference() {
    return reference;
  }

  public AccountingOptions options() {
    return options;
  }
}
