package org.cocontrol.core.inventory;

/**
 * Neumaier's compensated summation: the sum of many doubles without the error plain addition piles up,
 * so a province equals the sum of its cities to the last tonne however many records feed it.
 */
final class CompensatedSum {
  private double sum;
  private double compensation;

  void add(double x) {
    double t = sum + x;
    if (Math.abs(sum) >= Math.abs(x)) {
      compensation += (sum - t) + x;
    } else {
      compensation += (x - t) + sum;
    }
    sum = t;
  }

  double value() {
    return sum + compensation;
  }
}
