package org.cocontrol.core.synergy;

/** Neumaier's compensated summation, so a region's total is the sum of its sources to the last tonne. */
final class Sum {
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
    return sum + compensation + 0.0;
  }
}
