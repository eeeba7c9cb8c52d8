package org.cocontrol.core.synergy;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An AHP pairwise comparison matrix (判断矩阵): a_ij says how much more important item i is than item j
 * (Saaty's 1–9 scale). Entries must be positive, the diagonal 1, and a_ji = 1/a_ij within 2 % (so
 * that a rounded 0.33 is accepted for 1/3).
 *
 * @param items the indicator codes, in the order of the rows and columns
 * @param values the matrix, row by row; copied in and out
 */
public record PairwiseMatrix(List<String> items, double[][] values) {

  /** Relative tolerance of the reciprocity check a_ij · a_ji = 1. */
  public static final double RECIPROCAL_TOLERANCE = 0.02;

  public PairwiseMatrix {
    items = List.copyOf(items);
    Objects.requireNonNull(values, "values");
    int n = items.size();
    if (n == 0) {
      throw new IllegalArgumentException("a pairwise matrix needs at least one item");
    }
    if (new HashSet<>(items).size() != n) {
      throw new IllegalArgumentException("a pairwise matrix names an item twice: " + items);
    }
    if (values.length != n) {
      throw new IllegalArgumentException(
          "a pairwise matrix of " + n + " items needs " + n + " rows, got " + values.length);
    }
    double[][] copy = new double[n][];
    for (int i = 0; i < n; i++) {
      if (values[i].length != n) {
        throw new IllegalArgumentException(
            "row " + items.get(i) + " has " + values[i].length + " entries, expected " + n);
      }
      copy[i] = values[i].clone();
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < n; j++) {
        double a = copy[i][j];
        if (!(a > 0) || !Double.isFinite(a)) {
          throw new IllegalArgumentException(
              "entry ("
                  + items.get(i)
                  + ", "
                  + items.get(j)
                  + ") must be a positive number, got "
                  + a);
        }
        if (i == j && Math.abs(a - 1) > 1e-9) {
          throw new IllegalArgumentException(
              "the diagonal entry of " + items.get(i) + " must be 1, got " + a);
        }
        if (Math.abs(a * copy[j][i] - 1) > RECIPROCAL_TOLERANCE) {
          throw new IllegalArgumentException(
              "entries ("
                  + items.get(i)
                  + ", "
                  + items.get(j)
                  + ") = "
                  + a
                  + " and ("
                  + items.get(j)
                  + ", "
                  + items.get(i)
                  + ") = "
                  + copy[j][i]
                  + " are not reciprocal");
        }
      }
    }
    values = copy;
  }

  public static PairwiseMatrix of(List<String> items, double[][] values) {
    return new PairwiseMatrix(items, values);
  }

  @Override
  public double[][] values() {
    double[][] out = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].clone();
    }
    return out;
  }

  public int size() {
    return items.size();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PairwiseMatrix p
        && items.equals(p.items)
        && Arrays.deepEquals(values, p.values);
  }

  @Override
  public int hashCode() {
    return items.hashCode() * 31 + Arrays.deepHashCode(values);
  }

  @Override
  public String toString() {
    return "PairwiseMatrix" + items + Arrays.deepToString(values);
  }
}
