package org.cocontrol.core.synergy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.EmissionLine;
import org.cocontrol.core.accounting.Method;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.inventory.CompensatedSum;
import org.cocontrol.core.substance.Substance;

/**
 * A measure described as a change to activity records (coal boilers switched to gas, an SCR added,
 * diesel buses replaced by electric ones, rooftop PV displacing purchased power): both sides are
 * accounted by the same {@link Accountant}, so the side effects the accounting knows (FGD CO2, SCR
 * ammonia slip, control electricity) are part of the totals the measure is judged on.
 *
 * <p>Totals per substance are the sums of {@link RecordResult#total(Substance)} (the direct,
 * indirect and exported scopes; biogenic CO2 stays out, as in every CoControl total) plus the CO2
 * of the electricity the controls use: the ledger keeps that as a memo line, because an
 * enterprise's purchased electricity or a generator's own output already contains it, but a measure
 * that adds a control adds that electricity, which is exactly the trade-off the measure must be
 * judged on. A substance that appears on one side only is 0 on the other (an SCR's ammonia did not
 * exist before it).
 */
public final class MeasureAccounting {

  private MeasureAccounting() {}

  /**
   * Accounts both sides and returns the measure with its totals.
   *
   * @param annualCostYuan annualised cost in yuan per year, or null
   * @throws org.cocontrol.core.accounting.AccountingException for a record the accountant refuses
   */
  public static AccountedMeasure account(
      String id,
      String name,
      Double annualCostYuan,
      Accountant accountant,
      List<ActivityRecord> before,
      List<ActivityRecord> after) {
    Objects.requireNonNull(accountant, "accountant");
    List<RecordResult> b = accountAll(accountant, before);
    List<RecordResult> a = accountAll(accountant, after);
    Set<Substance> substances = EnumSet.of(Substance.CO2);
    substances.addAll(substancesInTotals(b));
    substances.addAll(substancesInTotals(a));
    Measure m = Measure.of(id, name, annualCostYuan, totals(b, substances), totals(a, substances));
    List<String> gaps = new ArrayList<>();
    gaps(b, "before", gaps);
    gaps(a, "after", gaps);
    return new AccountedMeasure(m, b, a, gaps);
  }

  private static List<RecordResult> accountAll(
      Accountant accountant, List<ActivityRecord> records) {
    List<RecordResult> out = new ArrayList<>(records.size());
    for (ActivityRecord r : records) {
      out.add(accountant.account(r));
    }
    return out;
  }

  private static Set<Substance> substancesInTotals(List<RecordResult> results) {
    Set<Substance> out = EnumSet.noneOf(Substance.class);
    for (RecordResult r : results) {
      for (EmissionLine l : r.lines()) {
        if (counts(l)) {
          out.add(l.substance());
        }
      }
    }
    return out;
  }

  private static Map<Substance, Double> totals(
      List<RecordResult> results, Set<Substance> substances) {
    Map<Substance, Double> out = new EnumMap<>(Substance.class);
    for (Substance s : substances) {
      CompensatedSum sum = new CompensatedSum();
      for (RecordResult r : results) {
        for (EmissionLine l : r.lines()) {
          if (l.substance() == s && counts(l)) {
            sum.add(l.tonnes());
          }
        }
      }
      out.put(s, sum.value());
    }
    return out;
  }

  /**
   * Lines that count towards a measure's totals: those in totals, and the electricity its controls
   * use.
   */
  private static boolean counts(EmissionLine l) {
    return l.scope().countsInTotal() || l.method() == Method.CONTROL_ELECTRICITY;
  }

  private static void gaps(List<RecordResult> results, String side, List<String> out) {
    for (RecordResult r : results) {
      for (String g : r.gaps()) {
        out.add(side + " " + r.record().recordId() + ": " + g);
      }
    }
  }
}
