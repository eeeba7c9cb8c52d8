package org.cocontrol.core.inventory;

/**
 * Neumaier's compensated summation: the sum of many doubles without the error plain addition piles
 * up, so a province equals the sum of its cities to the last tonne however many records feed it.
 * Used wherever CoControl adds up tonnes.
 */
public final class CompensatedSum {
  private double sum;
  private double compensation;

  public void add(double x) {
    double t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  /** The sum; {@code + 0.0} turns a −0.0 (a sum of negative zeros) into 0.0. */
  public double value() {
    return sum + compensation + 0.0;
  }
}
