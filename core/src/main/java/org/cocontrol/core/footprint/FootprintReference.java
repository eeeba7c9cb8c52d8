package org.cocontrol.core.footprint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The footprint reference data: product definitions with their CBAM system boundaries, the
 * attribution of ledger records to production processes, and the upstream factors of purchased
 * inputs. Checked when built: every precursor and boundary names a defined product, and precursors
 * form no cycle.
 */
public final class FootprintReference {

  private final Map<String, ProductDefinition> products = new LinkedHashMap<>();
  private final List<ProcessBoundary> boundaries;
  private final Map<String, UpstreamFactor> upstream = new LinkedHashMap<>();

  private FootprintReference(
      List<ProductDefinition> products,
      List<ProcessBoundary> boundaries,
      List<UpstreamFactor> upstream) {
    for (ProductDefinition p : products) {
      if (this.products.putIfAbsent(p.code(), p) != null) {
        throw new IllegalArgumentException("product " + p.code() + " is defined twice");
      }
    }
    for (ProductDefinition p : products) {
      for (String k : p.precursors()) {
        if (!this.products.containsKey(k)) {
          throw new IllegalArgumentException(
              "product " + p.code() + " names an unknown precursor " + k);
        }
      }
      checkAcyclic(p.code(), new ArrayList<>());
    }
    for (ProcessBoundary b : boundaries) {
      if (!this.products.containsKey(b.product())) {
        throw new IllegalArgumentException(
            "a process boundary names unknown product " + b.product());
      }
    }
    this.boundaries = List.copyOf(boundaries);
    for (UpstreamFactor u : upstream) {
      if (this.upstream.putIfAbsent(u.activity(), u) != null) {
        throw new IllegalArgumentException("upstream factor of " + u.activity() + " given twice");
      }
      if (u.precursor() != null && !this.products.containsKey(u.precursor())) {
        throw new IllegalArgumentException(
            "upstream factor of " + u.activity() + " names unknown precursor " + u.precursor());
      }
    }
  }

  public static FootprintReference of(
      List<ProductDefinition> products,
      List<ProcessBoundary> boundaries,
      List<UpstreamFactor> upstream) {
    return new FootprintReference(products, boundaries, upstream);
  }

  private void checkAcyclic(String code, List<String> path) {
    if (path.contains(code)) {
      throw new IllegalArgumentException("precursors form a cycle: " + path + " → " + code);
    }
    path.add(code);
    for (String k : products.get(code).precursors()) {
      checkAcyclic(k, path);
    }
    path.remove(path.size() - 1);
  }

  public List<ProductDefinition> products() {
    return List.copyOf(products.values());
  }

  public Optional<ProductDefinition> product(String code) {
    return Optional.ofNullable(products.get(code));
  }

  public List<ProcessBoundary> boundaries() {
    return boundaries;
  }

  public List<UpstreamFactor> upstreamFactors() {
    return List.copyOf(upstream.values());
  }

  public Optional<UpstreamFactor> upstream(String activity) {
    return Optional.ofNullable(upstream.get(activity));
  }

  /** The product codes defined. */
  public Set<String> productCodes() {
    return products.keySet();
  }
}
