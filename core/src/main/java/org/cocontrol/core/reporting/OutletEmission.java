package org.cocontrol.core.reporting;

import java.util.Arrays;
import java.util.List;
import org.cocontrol.core.substance.Substance;

/**
 * The actual emissions of one pollutant at one permit outlet (执行报告 实际排放量): by month and year,
 * against the annual permitted tonnes. The facilities without an outlet are listed with {@code
 * outlet} null, never dropped.
 *
 * @param monthlyT 12 values, January first; null for a month without any entry
 * @param permittedT the permit's annual quantity; null when the permit sets none for the pollutant
 * @param share annualT / permittedT; null without a permitted quantity
 */
public record OutletEmission(
    String outlet,
    String outletName,
    List<String> facilities,
    Substance substance,
    Double[] monthlyT,
    double annualT,
    Double permittedT,
    Double share) {

  public OutletEmission {
    facilities = List.copyOf(facilities);
    monthlyT = Arrays.copyOf(monthlyT, 12);
  }

  /** True when the actual emissions exceed the permitted tonnes. */
  public boolean exceeded() {
    return permittedT != null && annualT > permittedT;
  }

  @Override
  public Double[] monthlyT() {
    return Arrays.copyOf(monthlyT, 12);
  }
}
