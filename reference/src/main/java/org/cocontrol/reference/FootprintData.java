package org.cocontrol.reference;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cocontrol.core.classification.Classification;
import org.cocontrol.core.footprint.FootprintReference;
import org.cocontrol.core.footprint.ProcessBoundary;
import org.cocontrol.core.footprint.ProductDefinition;
import org.cocontrol.core.footprint.UpstreamFactor;
import org.cocontrol.core.parameter.Citation;
import org.cocontrol.core.parameter.Verification;
import org.cocontrol.core.substance.Substance;
import org.cocontrol.core.unit.Unit;

/**
 * Loads the footprint reference data shipped under {@code footprint/}: {@code products.csv} (goods
 * with CN code, CBAM aggregated goods category, relevant precursors and covered gases), {@code
 * processes.csv} (which ledger records belong to which production process) and {@code
 * upstream_factors.csv} (cradle-to-gate factors of purchased fuels and inputs; the CBAM SEE of
 * precursors bought in). Every row carries its document and verification tag.
 */
public final class FootprintData {

  private static final String ROOT = "/org/cocontrol/reference/footprint/";
  private static final List<String> CITED = List.of("document", "tag");

  private FootprintData() {}

  /**
   * The shipped footprint reference, checked against the classification (activities and sources
   * must exist).
   *
   * @throws ReferenceDataException listing every bad cell
   */
  public static FootprintReference load(Classification classification) {
    List<String> problems = new ArrayList<>();
    List<ProductDefinition> products = new ArrayList<>();
    for (ReferenceTable.Row r :
        ReferenceTable.resource(
                ROOT + "products.csv",
                concat(List.of("code", "name_zh", "name_en", "activity", "unit"), CITED),
                problems)
            .rows()) {
      Optional<Unit> unit = Unit.parse(r.get("unit"));
      if (unit.isEmpty()) {
        r.problem("unit", "unknown unit '" + r.get("unit") + "'");
      }
      activity(r, "activity", classification);
      Set<Substance> gases = EnumSet.noneOf(Substance.class);
      for (String g : list(r.get("cbam_gases"))) {
        Substance.parse(g)
            .filter(Substance::isGreenhouseGas)
            .ifPresentOrElse(
                gases::add, () -> r.problem("cbam_gases", "not a greenhouse gas: '" + g + "'"));
      }
      Citation c = citation(r);
      Verification tag = tag(r);
      if (unit.isPresent() && c != null && tag != null) {
        products.add(
            new ProductDefinition(
                r.get("code"),
                r.get("name_zh"),
                r.get("name_en"),
                r.get("activity"),
                unit.get(),
                r.get("cn_code"),
                r.get("cbam_category"),
                list(r.get("precursors")),
                gases,
                c,
                tag,
                r.get("note")));
      }
    }
    List<ProcessBoundary> boundaries = new ArrayList<>();
    for (ReferenceTable.Row r :
        ReferenceTable.resource(
                ROOT + "processes.csv", concat(List.of("product", "source"), CITED), problems)
            .rows()) {
      String source = r.get("source");
      if (!source.equals(ProcessBoundary.ANY_SOURCE)
          && classification.source(source).filter(s -> s.code().equals(source)).isEmpty()) {
        r.problem("source", "not a project source code: '" + source + "'");
      }
      Citation c = citation(r);
      Verification tag = tag(r);
      if (c != null && tag != null) {
        boundaries.add(
            new ProcessBoundary(
                r.get("product"), source, r.get("technology"), c, tag, r.get("note")));
      }
    }
    List<UpstreamFactor> upstream = new ArrayList<>();
    for (ReferenceTable.Row r :
        ReferenceTable.resource(
                ROOT + "upstream_factors.csv",
                concat(List.of("activity", "value", "unit"), CITED),
                problems)
            .rows()) {
      activity(r, "activity", classification);
      Double value = r.number("value");
      Optional<Unit> unit = Unit.parse(r.get("unit"));
      if (unit.isEmpty()) {
        r.problem("unit", "unknown unit '" + r.get("unit") + "'");
      }
      String precursor = r.get("precursor");
      Double direct = precursor.isEmpty() ? null : r.number("cbam_direct");
      Double indirect = precursor.isEmpty() ? null : r.number("cbam_indirect");
      Citation c = citation(r);
      Verification tag = tag(r);
      if (value != null && unit.isPresent() && c != null && tag != null) {
        try {
          upstream.add(
              new UpstreamFactor(
                  r.get("activity"),
                  value,
                  unit.get(),
                  precursor,
                  direct,
                  indirect,
                  c,
                  tag,
                  r.get("note")));
        } catch (IllegalArgumentException e) {
          r.problem("value", e.getMessage());
        }
      }
    }
    FootprintReference ref = null;
    if (problems.isEmpty()) {
      try {
        ref = FootprintReference.of(products, boundaries, upstream);
      } catch (IllegalArgumentException e) {
        problems.add(ROOT + ": " + e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new ReferenceDataException(problems);
    }
    return ref;
  }

  private static void activity(ReferenceTable.Row r, String column, Classification c) {
    String code = r.get(column);
    if (c.activity(code).filter(a -> a.code().equals(code)).isEmpty()) {
      r.problem(column, "not an activity code: '" + code + "'");
    }
  }

  private static Citation citation(ReferenceTable.Row r) {
    if (r.get("document").isEmpty()) {
      r.problem("document", "empty: every value names its source");
      return null;
    }
    return Citation.of(r.get("document"), r.get("document_ref"));
  }

  private static Verification tag(ReferenceTable.Row r) {
    try {
      return Verification.valueOf(r.get("tag"));
    } catch (IllegalArgumentException e) {
      r.problem("tag", "not V1, V2 or U: '" + r.get("tag") + "'");
      return null;
    }
  }

  private static List<String> list(String cell) {
    List<String> out = new ArrayList<>();
    for (String s : cell.split(";")) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
