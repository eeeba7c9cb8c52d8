package org.cocontrol.core.accounting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

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

  /**
   * The emissions of records accounted together: as {@link #account} record by record, except that
   * the landfill records (solid waste and recovered CH4 in IPCC 4.A) of one site (entity, region,
   * site type in {@code technology}) are accounted as one deposit series by the first-order decay,
   * and the record of year T gets the CH4 the site emits in year T (see {@code Landfills}).
   *
   * @return the results in the records' order
   * @throws AccountingException for the first record that cannot be accounted
   */
  public List<RecordResult> accountAll(List<ActivityRecord> records) {
    return accountAll(
        records,
        (r, e) -> {
          throw e;
        });
  }

  /**
   * As {@link #accountAll(List)}, handing each record that cannot be accounted to {@code refused}
   * and leaving it out of the results.
   */
  public List<RecordResult> accountAll(
      List<ActivityRecord> records, BiConsumer<ActivityRecord, AccountingException> refused) {
    List<Calculation> calculations = new ArrayList<>(records.size());
    List<Calculation> landfill = new ArrayList<>();
    for (ActivityRecord r : records) {
      try {
        Calculation c = new Calculation(reference, options, r);
        calculations.add(c);
        if (c.isLandfill() || c.isLandfillRecovery()) {
          landfill.add(c);
        }
      } catch (AccountingException e) {
        refused.accept(r, e);
      }
    }
    Map<Calculation, Landfills.Outcome> sites = Landfills.account(landfill);
    List<RecordResult> out = new ArrayList<>(calculations.size());
    for (Calculation c : calculations) {
      Landfills.Outcome o = sites.get(c);
      if (o != null) {
        c.withLandfill(o);
      }
      try {
        out.add(c.run());
      } catch (AccountingException e) {
        refused.accept(c.record(), e);
      }
    }
    return out;
  }

  public ReferenceData reference() {
    return reference;
  }

  public AccountingOptions options() {
    return options;
  }
}
