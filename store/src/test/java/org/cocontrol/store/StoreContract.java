package org.cocontrol.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.cocontrol.core.accounting.Accountant;
import org.cocontrol.core.accounting.AccountingOptions;
import org.cocontrol.core.accounting.ActivityRecord;
import org.cocontrol.core.accounting.RecordResult;
import org.cocontrol.core.accounting.ReferenceData;
import org.cocontrol.core.inventory.Breakdown;
import org.cocontrol.core.inventory.Inventory;
import org.cocontrol.core.inventory.InventoryRow;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.core.region.RegionLevel;
import org.cocontrol.core.substance.GwpSet;
import org.cocontrol.core.unit.Unit;
import org.cocontrol.reference.ReferenceLoader;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The same store behaviour on every database; subclasses say which. */
abstract class StoreContract {

  static final ReferenceData REF = ReferenceLoader.load();

  abstract DataSource dataSource();

  abstract SQLDialect dialect();

  /** A fresh database of the same kind, migrated only up to {@code version}. */
  abstract DataSource migratedTo(String version);

  DSLContext db;

  @BeforeEach
  void connect() {
    db = DSL.using(dataSource(), dialect());
  }

  private static List<RecordResult> accounted(String... ids) {
    Accountant a = Accountant.of(REF, AccountingOptions.defaults());
    return java.util.Arrays.stream(ids)
        .map(
            id ->
                a.account(
                    ActivityRecord.builder(id)
                        .entity("E-" + id.charAt(0))
                        .region(id.startsWith("L") ? 210106 : 410105)
                        .year(2022)
                        .source("POWER")
                        .activity("raw_coal", 1000 * (id.length() + 1), Unit.T)
                        .technology("pc_boiler")
                        .controls("wet_fgd", "scr", "esp")
                        .build()))
        .toList();
  }

  @Test
  void regionsAreStoredWithTheirTree() {
    RegionStore regions = new RegionStore(db);
    assertThat(regions.saveMissing(REF.regions())).isGreaterThan(3000);
    assertThat(regions.saveMissing(REF.regions())).isZero();
    RegionStore.StoredRegion liaoning = regions.find(Adcode.of(210000)).orElseThrow();
    assertThat(liaoning.nameZh()).isEqualTo("辽宁省");
    assertThat(liaoning.level()).isEqualTo("province");
    assertThat(liaoning.parent()).isEqualTo(Adcode.NATION);
    assertThat(regions.children(Adcode.of(210000)))
        .hasSize(14)
        .first()
        .satisfies(c -> assertThat(c.nameZh()).isEqualTo("沈阳市"));
    assertThat(regions.children(Adcode.of(500000))).hasSize(38);
    assertThat(regions.children(Adcode.NATION)).hasSize(34);
  }

  @Test
  void anUploadIsStoredWholeAndItsInventoryMatchesTheCore() {
    Ledger ledger = new Ledger(db);
    EnterpriseStore enterprises = new EnterpriseStore(db);
    long e =
        enterprises.save(
            new EnterpriseStore.Enterprise(
                null,
                "E-L",
                "91210100MA0XXXXX1A",
                "示范电厂（虚构）",
                "Demo plant",
                "D4411",
                Adcode.of(210106),
                "",
                41.8,
                123.4,
                null,
                true,
                true,
                true,
                "synthetic"));
    List<RecordResult> results = accounted("L1", "L22", "H1");
    Ledger.Saved saved =
        ledger.save(
            "demo.csv",
            "authority",
            results,
            new Ledger.Stamp("2026.11.1", "AR5", "GENERAL", ""),
            Map.of("E-L", e));
    assertThat(saved.uploadId()).isPositive();
    assertThat(saved.added()).isEqualTo(3);
    assertThat(ledger.activityCount()).isEqualTo(3);

    Inventory core = new Inventory();
    results.forEach(core::add);
    List<InventoryRow> expected =
        core.rollUp(RegionLevel.PROVINCE, Set.of(Breakdown.SOURCE), GwpSet.AR5, REF.gwp());
    List<org.cocontrol.core.readside.LedgerCell> stored =
        ledger.cells(Adcode.of(210000), List.of(2022));
    Map<String, Double> bySubstanceAndScope = new java.util.TreeMap<>();
    stored.forEach(
        c ->
            bySubstanceAndScope.merge(
                c.substance().code() + "/" + c.scope().code(), c.tonnes(), Double::sum));
    bySubstanceAndScope.forEach(
        (k, t) -> {
          double want =
              expected.stream()
                  .filter(
                      r ->
                          r.region().equals(Adcode.of(210000))
                              && (r.substance() + "/" + r.scope()).equals(k))
                  .mapToDouble(InventoryRow::tonnes)
                  .sum();
          assertThat(t).as(k).isCloseTo(want, within(1e-9 * Math.abs(want) + 1e-12));
        });
    assertThat(stored).extracting(c -> c.substance().code()).contains("CO2", "SO2", "NOX", "PM25");
    assertThat(direct(ledger, Adcode.NATION, org.cocontrol.core.substance.Substance.CO2))
        .isCloseTo(
            results.stream()
                .mapToDouble(r -> r.total(org.cocontrol.core.substance.Substance.CO2))
                .sum(),
            within(1e-6));
    assertThat(ledger.emissionsOf(e))
        .isNotEmpty()
        .allSatisfy(x -> assertThat(x.recordId()).startsWith("L"));
    assertThat(ledger.emissionsOf(e).get(0).provenance()).contains("cn.ncv.raw_coal@2");
    // each line's method and provenance as accounted, also where a quantity derived for this record
    // alone (SO2 removed by
    // the scrubber, PM generated) sits in the middle of a shape kept once for all lines like it
    List<org.cocontrol.core.accounting.EmissionLine> lines =
        results.subList(0, 2).stream().flatMap(r -> r.lines().stream()).toList();
    assertThat(ledger.emissionsOf(e))
        .extracting(Ledger.StoredEmission::method, Ledger.StoredEmission::provenance)
        .containsExactlyElementsOf(
            lines.stream()
                .map(
                    l ->
                        org.assertj.core.groups.Tuple.tuple(
                            l.method().code(), l.compactProvenance()))
                .toList());
    assertThat(lines)
        .anySatisfy(l -> assertThat(l.compactProvenance()).contains("SO2 removed by wet_fgd="));
    assertThat(db.fetchCount(DSL.table("emission_shape"))).isLessThan(lines.size());
    // the records as reported: L1 is 1000 × (2 + 1) t, L22 1000 × (3 + 1) t of raw coal
    assertThat(ledger.activitiesOf(e))
        .extracting(
            ActivityRecord::recordId,
            ActivityRecord::amount,
            r -> r.unit().symbol(),
            ActivityRecord::technology)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("L1", 3000.0, "t", "pc_boiler"),
            org.assertj.core.groups.Tuple.tuple("L22", 4000.0, "t", "pc_boiler"));
    assertThat(ledger.activitiesOf(e).get(0).controls())
        .extracting(org.cocontrol.core.accounting.ControlSpec::code)
        .containsExactly("wet_fgd", "scr", "esp");
    assertThat(ledger.years(Adcode.of(410000))).containsExactly(2022);
  }

  /** Larger than two storage chunks, so every chunk's emissions must reach their own activity. */
  @Test
  void anUploadOfSeveralChunksKeepsEachEmissionWithItsRecord() {
    Ledger ledger = new Ledger(db);
    long e =
        new EnterpriseStore(db)
            .save(
                new EnterpriseStore.Enterprise(
                    null,
                    "E-BIG",
                    "91410100MA0XXXXX2B",
                    "大型上传（虚构）",
                    "Big upload",
                    "D4411",
                    Adcode.of(410105),
                    "",
                    34.7,
                    113.6,
                    null,
                    true,
                    true,
                    true,
                    "synthetic"));
    Accountant a = Accountant.of(REF, AccountingOptions.defaults());
    int n = 2 * Ledger.CHUNK + 500;
    List<RecordResult> results =
        java.util.stream.IntStream.range(0, n)
            .mapToObj(
                i ->
                    a.account(
                        ActivityRecord.builder("B" + i)
                            .entity("E-BIG")
                            .region(410105)
                            .year(2021)
                            .source("POWER")
                            .activity("raw_coal", 1000 + i, Unit.T)
                            .technology("pc_boiler")
                            .build()))
            .toList();
    ledger.save(
        "big.csv",
        "authority",
        results,
        new Ledger.Stamp("r", "AR5", "GENERAL", ""),
        Map.of("E-BIG", e));

    // CO2 is linear in the amount, so tonnes / amount is the same for every record when each line
    // sits with its own record
    double perTonne = results.get(0).total(org.cocontrol.core.substance.Substance.CO2) / 1000;
    assertThat(perTonne).isPositive();
    java.util.function.Consumer<String> eachLineWithItsRecord =
        when -> {
          List<Ledger.StoredEmission> co2 =
              ledger.emissionsOf(e).stream().filter(x -> x.substance().equals("CO2")).toList();
          assertThat(co2).as(when).hasSize(n);
          for (Ledger.StoredEmission x : co2) {
            double amount = 1000 + Integer.parseInt(x.recordId().substring(1));
            assertThat(x.tonnes() / amount)
                .as(when + " " + x.recordId())
                .isCloseTo(perTonne, within(1e-9 * perTonne));
          }
        };
    eachLineWithItsRecord.accept("stored");
    // accounting again also goes chunk by chunk
    ledger.reaccount(a::account, new Ledger.Stamp("r2", "AR5", "GENERAL", "again"));
    eachLineWithItsRecord.accept("re-accounted");
  }

  @Test
  void reaccountingAddsAVersionAndKeepsTheOldOne() {
    Ledger ledger = new Ledger(db);
    List<RecordResult> results = accounted("L1", "L22", "H1");
    ledger.save(
        "demo.csv",
        "authority",
        results,
        new Ledger.Stamp("2026.11.1", "AR5", "GENERAL", ""),
        Map.of());
    List<org.cocontrol.core.readside.LedgerCell> before =
        ledger.cells(Adcode.NATION, List.of(2022));
    int lines = db.fetchCount(DSL.table("emission"));
    // the same records accounted again under SAR: CO2 unchanged, only the stamp and CH4/N2O
    // weighting differ
    Accountant sar = Accountant.of(REF, AccountingOptions.defaults().withGwp(GwpSet.SAR));
    ledger.reaccount(
        sar::account, new Ledger.Stamp("2026.11.2", "SAR", "GENERAL", "parameter update"));
    assertThat(db.fetchCount(DSL.table("emission"))).isEqualTo(2 * lines);
    assertThat(
            db.fetchCount(DSL.table("emission"), DSL.field("is_current", Boolean.class).isTrue()))
        .isEqualTo(lines);
    assertThat(ledger.versions())
        .extracting(Ledger.Stamp::parameterRelease)
        .containsExactly("2026.11.2", "2026.11.1");
    List<org.cocontrol.core.readside.LedgerCell> after = ledger.cells(Adcode.NATION, List.of(2022));
    assertThat(after).hasSameSizeAs(before);
    // cells come in no promised order (the rebuilt table is written in another order than the
    // first), so by key
    java.util.Comparator<org.cocontrol.core.readside.LedgerCell> byKey =
        java.util.Comparator.comparing(
                (org.cocontrol.core.readside.LedgerCell c) -> c.region().toString())
            .thenComparing(org.cocontrol.core.readside.LedgerCell::year)
            .thenComparing(org.cocontrol.core.readside.LedgerCell::source)
            .thenComparing(c -> c.substance().code())
            .thenComparing(c -> c.scope().code());
    before = before.stream().sorted(byKey).toList();
    after = after.stream().sorted(byKey).toList();
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i).tonnes())
          .isCloseTo(
              before.get(i).tonnes(), within(1e-9 * Math.abs(before.get(i).tonnes()) + 1e-12));
    }
  }

  /**
   * Current emissions by entity, record region, source, year, substance and scope: what a
   * comparison between years pairs. A1–A3 and R1 are Henan's 2022, A4 its 2023; L1 is in Liaoning,
   * A0 of 2021.
   */
  @Test
  void currentEmissionsByUnitForComparisons() {
    Ledger ledger = new Ledger(db);
    Accountant a = Accountant.of(REF, AccountingOptions.defaults());
    java.util.function.BiFunction<ActivityRecord.Builder, Double, RecordResult> coal =
        (b, t) -> a.account(b.activity("raw_coal", t, Unit.T).build());
    List<RecordResult> results =
        List.of(
            coal.apply(
                ActivityRecord.builder("A1")
                    .entity("E-A")
                    .region(410105)
                    .year(2022)
                    .source("POWER")
                    .technology("pc_boiler"),
                1000.0),
            coal.apply(
                ActivityRecord.builder("A2")
                    .entity("E-A")
                    .region(410102)
                    .year(2022)
                    .source("POWER")
                    .technology("pc_boiler"),
                500.0),
            coal.apply(
                ActivityRecord.builder("A3")
                    .entity("E-A")
                    .region(410105)
                    .year(2022)
                    .source("IND_BOILER"),
                200.0),
            coal.apply(
                ActivityRecord.builder("R1").region(410105).year(2022).source("IND_BOILER"), 300.0),
            coal.apply(
                ActivityRecord.builder("A4")
                    .entity("E-A")
                    .region(410105)
                    .year(2023)
                    .source("POWER")
                    .technology("pc_boiler"),
                1400.0),
            coal.apply(
                ActivityRecord.builder("L1")
                    .entity("E-L")
                    .region(210106)
                    .year(2022)
                    .source("POWER")
                    .technology("pc_boiler"),
                100.0),
            coal.apply(
                ActivityRecord.builder("A0")
                    .entity("E-A")
                    .region(410105)
                    .year(2021)
                    .source("POWER")
                    .technology("pc_boiler"),
                100.0));
    ledger.save(
        "units.csv", "authority", results, new Ledger.Stamp("r", "AR5", "GENERAL", ""), Map.of());
    ComparisonStore store = new ComparisonStore(db);
    java.util.function.Consumer<String> check =
        when -> {
          List<InventoryRow> rows = store.byUnit(Adcode.of(410000), List.of(2022, 2023));
          assertThat(rows)
              .as(when)
              .extracting(r -> r.year() + " " + r.entity() + " " + r.region() + " " + r.source())
              .containsOnly(
                  "2022 E-A 410105 POWER",
                  "2022 E-A 410102 POWER",
                  "2022 E-A 410105 IND_BOILER",
                  "2022  410105 IND_BOILER",
                  "2023 E-A 410105 POWER");
          // every current line, once: each record's CO2 in the scopes that count is the core's
          for (RecordResult r : results.subList(0, 5)) {
            double stored =
                rows.stream()
                    .filter(
                        x ->
                            x.year() == r.record().year()
                                && x.entity().equals(r.record().entityId())
                                && x.region().equals(r.record().region())
                                && x.source().equals(r.source().code())
                                && x.substance().equals("CO2")
                                && !x.scope().equals("memo")
                                && !x.scope().equals("biogenic"))
                    .mapToDouble(InventoryRow::tonnes)
                    .sum();
            assertThat(stored)
                .as(when + " " + r.record().recordId())
                .isCloseTo(
                    r.total(org.cocontrol.core.substance.Substance.CO2), within(1e-9 * stored));
          }
          // CO2 is linear in the coal burnt: A1 + A2 (1500 t) against A4 (1400 t), the one unit of
          // both years
          org.cocontrol.core.comparison.YearComparison c =
              org.cocontrol.core.comparison.YearComparison.of(
                  2022,
                  2023,
                  rows,
                  List.of(
                      org.cocontrol.core.comparison.Basis.of(
                          org.cocontrol.core.substance.Substance.CO2)),
                  org.cocontrol.core.comparison.CoverageRule.of(
                      0.95, "test", org.cocontrol.core.parameter.Verification.U, ""));
          assertThat(c.matched()).extracting(Object::toString).containsExactly("E-A POWER");
          assertThat(
                  c.matchedLater().get(org.cocontrol.core.substance.Substance.CO2)
                      / c.matchedBase().get(org.cocontrol.core.substance.Substance.CO2))
              .as(when)
              .isCloseTo(1400 / 1500.0, within(1e-12));
          assertThat(c.baseOnly().units().keySet())
              .extracting(Object::toString)
              .containsExactly("E-A IND_BOILER", "410105 IND_BOILER");
        };
    check.accept("stored");
    assertThat(store.byUnit(Adcode.NATION, List.of(2022)))
        .extracting(InventoryRow::entity)
        .contains("E-L");
    assertThat(store.byUnit(Adcode.of(410105), List.of(2021)))
        .extracting(InventoryRow::source)
        .containsOnly("POWER");
    assertThat(store.byUnit(Adcode.of(410000), List.of())).isEmpty();
    // accounted again: the old lines are no longer current and are not counted twice
    ledger.reaccount(a::account, new Ledger.Stamp("r2", "AR5", "GENERAL", "again"));
    check.accept("re-accounted");
  }

  @Test
  void aFailingUploadLeavesNothingBehind() {
    Ledger ledger = new Ledger(db);
    List<RecordResult> twice = List.of(accounted("L1").get(0), accounted("L1").get(0));
    assertThatThrownBy(
        () ->
            ledger.save(
                "dup.csv",
                "authority",
                twice,
                new Ledger.Stamp("r", "AR5", "GENERAL", ""),
                Map.of()));
    assertThat(ledger.activityCount()).isZero();
    assertThat(db.fetchCount(DSL.table("upload"))).isZero();
    assertThat(db.fetchCount(DSL.table("emission"))).isZero();
  }

  private static final Ledger.Stamp STAMP = new Ledger.Stamp("r", "AR5", "GENERAL", "");
  private static final Accountant ACCOUNTANT = Accountant.of(REF, AccountingOptions.defaults());

  /** One raw-coal record of entity E in Zhengzhou 2022. */
  private static RecordResult coal(String id, double tonnes) {
    return ACCOUNTANT.account(
        ActivityRecord.builder(id)
            .entity("E")
            .region(410105)
            .year(2022)
            .source("IND_BOILER")
            .activity("raw_coal", tonnes, Unit.T)
            .build());
  }

  private static double co2(Ledger ledger) {
    return direct(ledger, Adcode.of(410000), org.cocontrol.core.substance.Substance.CO2);
  }

  /** The direct emissions of a substance in 2022 inside a region, from the stored cells. */
  private static double direct(
      Ledger ledger, Adcode region, org.cocontrol.core.substance.Substance substance) {
    return ledger.cells(region, List.of(2022)).stream()
        .filter(c -> c.substance() == substance && c.isTerritorial())
        .mapToDouble(org.cocontrol.core.readside.LedgerCell::tonnes)
        .sum();
  }

  private static double co2(RecordResult... results) {
    return java.util.Arrays.stream(results)
        .mapToDouble(r -> r.total(org.cocontrol.core.substance.Substance.CO2))
        .sum();
  }

  @Test
  void aRecordIsAFactAReUploadRevisesItAndAnIdenticalOneChangesNothing() {
    Ledger ledger = new Ledger(db);
    UploadStore uploads = new UploadStore(db);
    Ledger.Saved first =
        ledger.save("a.csv", "u1", List.of(coal("R1", 100), coal("R2", 50)), STAMP, Map.of());
    assertThat(first).isEqualTo(new Ledger.Saved(first.uploadId(), 2, 0, 0));
    double once = co2(ledger);
    assertThat(once).isCloseTo(co2(coal("R1", 100), coal("R2", 50)), within(1e-9 * once));

    // the same file again: nothing stored, not even an upload
    Ledger.Saved same =
        ledger.save("a.csv", "u1", List.of(coal("R1", 100), coal("R2", 50)), STAMP, Map.of());
    assertThat(same.changedNothing()).isTrue();
    assertThat(same.unchanged()).isEqualTo(2);
    assertThat(co2(ledger)).isEqualTo(once);
    assertThat(db.fetchCount(DSL.table("upload"))).isEqualTo(1);

    // R1 corrected to 120 t: a revision that replaces 100 t, never 220 t; R2 unchanged; R3 new
    Ledger.Saved second =
        ledger.save(
            "b.csv",
            "u2",
            List.of(coal("R1", 120), coal("R2", 50), coal("R3", 10)),
            STAMP,
            Map.of());
    assertThat(second).isEqualTo(new Ledger.Saved(second.uploadId(), 1, 1, 1));
    assertThat(co2(ledger))
        .isCloseTo(co2(coal("R1", 120), coal("R2", 50), coal("R3", 10)), within(1e-9 * once));
    assertThat(ledger.activityCount()).isEqualTo(3);
    assertThat(
            db.fetchCount(DSL.table("emission"), DSL.field("is_current", Boolean.class).isTrue()))
        .isEqualTo(coal("R1", 1).lines().size() * 3);
    assertThat(uploads.revisions("E", "R1"))
        .extracting(
            UploadStore.Revision::revision,
            UploadStore.Revision::state,
            UploadStore.Revision::amount,
            UploadStore.Revision::fileName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "revised", 100.0, "a.csv"),
            org.assertj.core.groups.Tuple.tuple(2, "current", 120.0, "b.csv"));
    assertThat(uploads.find(second.uploadId()).orElseThrow())
        .satisfies(
            u -> {
              assertThat(u.records()).isEqualTo(3);
              assertThat(u.added()).isEqualTo(1);
              assertThat(u.revised()).isEqualTo(1);
              assertThat(u.unchanged()).isEqualTo(1);
              assertThat(u.status()).isEqualTo("active");
            });
    // the same record id of another entity is another fact
    ledger.save(
        "c.csv",
        "u3",
        List.of(
            ACCOUNTANT.account(
                ActivityRecord.builder("R1")
                    .entity("OTHER")
                    .region(410105)
                    .year(2022)
                    .source("IND_BOILER")
                    .activity("raw_coal", 1, Unit.T)
                    .build())),
        STAMP,
        Map.of());
    assertThat(ledger.activityCount()).isEqualTo(4);
  }

  /** 100 t of solvent-borne coating under enclosure and RTO, with its VOC content. */
  private static RecordResult solvent(double vocPct) {
    return ACCOUNTANT.account(
        ActivityRecord.builder("VOC1")
            .entity("E-VOC")
            .region(410105)
            .year(2022)
            .source("SOLVENT_USE")
            .activity("solvent_coating", 100, Unit.T)
            .controls("voc_capture_enclosure", "rto")
            .vocContentPct(vocPct)
            .build());
  }

  @Test
  void aSolventsVocContentIsPartOfTheFactAndSurvivesReaccounting() {
    Ledger ledger = new Ledger(db);
    org.cocontrol.core.substance.Substance vocs = org.cocontrol.core.substance.Substance.VOCS;
    ledger.save("s.csv", "u1", List.of(solvent(60)), STAMP, Map.of());
    // 100 t × 60 % × (1 − 0.9 × 0.94) = 9.24 t
    assertThat(direct(ledger, Adcode.of(410000), vocs)).isCloseTo(9.24, within(1e-9));
    assertThat(ledger.save("s.csv", "u1", List.of(solvent(60)), STAMP, Map.of()).changedNothing())
        .isTrue();
    // low-VOC substitution: 35 % is a revision of the same fact → 100 × 0.35 × 0.154 = 5.39 t
    assertThat(ledger.save("t.csv", "u1", List.of(solvent(35)), STAMP, Map.of()).revised())
        .isEqualTo(1);
    assertThat(direct(ledger, Adcode.of(410000), vocs)).isCloseTo(5.39, within(1e-9));
    // re-accounting reads the content back from the stored row
    ledger.reaccount(ACCOUNTANT::account, new Ledger.Stamp("r2", "AR5", "GENERAL", ""));
    assertThat(direct(ledger, Adcode.of(410000), vocs)).isCloseTo(5.39, within(1e-9));
    // a blend's components are stored as their own substances: 1 t × 5 % × 50 %
    ledger.save(
        "f.csv",
        "u1",
        List.of(
            ACCOUNTANT.account(
                ActivityRecord.builder("F1")
                    .entity("E-F")
                    .region(410105)
                    .year(2022)
                    .source("REFRIGERATION")
                    .activity("refrigerant_bank", 1000, Unit.KG)
                    .technology("stationary_ac.HFC-410A")
                    .build())),
        STAMP,
        Map.of());
    assertThat(direct(ledger, Adcode.of(410000), org.cocontrol.core.substance.Substance.HFC_32))
        .isCloseTo(0.025, within(1e-12));
  }

  @Test
  void aWithdrawnUploadLeavesTheLedgerAndWhatItReplacedComesBack() {
    Ledger ledger = new Ledger(db);
    UploadStore uploads = new UploadStore(db);
    long first =
        ledger
            .save("a.csv", "u1", List.of(coal("R1", 100), coal("R2", 50)), STAMP, Map.of())
            .uploadId();
    long second =
        ledger
            .save("b.csv", "u2", List.of(coal("R1", 120), coal("R3", 10)), STAMP, Map.of())
            .uploadId();

    Ledger.Withdrawal w = ledger.withdraw(second, "authority", "数据有误", ACCOUNTANT::account, STAMP);
    assertThat(w).isEqualTo(new Ledger.Withdrawal(second, 2, 1));
    assertThat(co2(ledger)).isCloseTo(co2(coal("R1", 100), coal("R2", 50)), within(1e-6));
    assertThat(uploads.revisions("E", "R1"))
        .extracting(UploadStore.Revision::state)
        .containsExactly("current", "withdrawn");
    assertThat(uploads.find(second).orElseThrow())
        .satisfies(
            u -> {
              assertThat(u.status()).isEqualTo("withdrawn");
              assertThat(u.withdrawnBy()).isEqualTo("authority");
              assertThat(u.withdrawReason()).isEqualTo("数据有误");
            });
    assertThat(uploads.states(second)).containsExactly(Map.entry("withdrawn", 2));
    assertThatThrownBy(() -> ledger.withdraw(second, "authority", "", ACCOUNTANT::account, STAMP))
        .isInstanceOf(Ledger.AlreadyWithdrawn.class);
    assertThatThrownBy(() -> ledger.withdraw(999_999, "authority", "", ACCOUNTANT::account, STAMP))
        .isInstanceOf(java.util.NoSuchElementException.class);

    // the first upload too: the year has no data at all again, not zeros
    ledger.withdraw(first, "authority", "", ACCOUNTANT::account, STAMP);
    assertThat(ledger.cells(Adcode.of(410000), List.of(2022))).isEmpty();
    assertThat(ledger.years(Adcode.of(410000))).isEmpty();
    assertThat(ledger.activityCount()).isZero();
    // a fresh upload of R1 after all that counts once; with nothing current to revise, its
    // numbering starts again
    ledger.save("c.csv", "u3", List.of(coal("R1", 7)), STAMP, Map.of());
    assertThat(co2(ledger)).isCloseTo(co2(coal("R1", 7)), within(1e-9));
    assertThat(uploads.revisions("E", "R1"))
        .extracting(UploadStore.Revision::revision, UploadStore.Revision::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "withdrawn"),
            org.assertj.core.groups.Tuple.tuple(2, "withdrawn"),
            org.assertj.core.groups.Tuple.tuple(1, "current"));
  }

  @Test
  void aRevisionOfARevisionWithdrawnInTheMiddleKeepsTheLatest() {
    Ledger ledger = new Ledger(db);
    ledger.save("a.csv", "u", List.of(coal("R1", 1)), STAMP, Map.of());
    long middle = ledger.save("b.csv", "u", List.of(coal("R1", 2)), STAMP, Map.of()).uploadId();
    long last = ledger.save("c.csv", "u", List.of(coal("R1", 3)), STAMP, Map.of()).uploadId();
    assertThat(ledger.withdraw(middle, "u", "", ACCOUNTANT::account, STAMP))
        .isEqualTo(new Ledger.Withdrawal(middle, 0, 0));
    assertThat(co2(ledger)).isCloseTo(co2(coal("R1", 3)), within(1e-9));
    // withdrawing the latest brings back the first, never the withdrawn middle one
    ledger.withdraw(last, "u", "", ACCOUNTANT::account, STAMP);
    assertThat(co2(ledger)).isCloseTo(co2(coal("R1", 1)), within(1e-9));
  }

  @Test
  void onlyOneRevisionOfAFactCanEverBeCurrent() {
    Ledger ledger = new Ledger(db);
    ledger.save("a.csv", "u", List.of(coal("R1", 1)), STAMP, Map.of());
    // what a second, concurrent upload of the same fact would write: the database refuses a second
    // live key
    assertThatThrownBy(
        () ->
            db.execute(
                "insert into activity (upload_id, record_id, entity_code, adcode, data_year, source, activity, amount, unit,"
                    + " state, live_key) select upload_id, 'R1', 'E', adcode, data_year, source, activity, 2, unit, 'current', live_key from activity"));
    assertThat(ledger.activityCount()).isEqualTo(1);
  }

  @Test
  void visibleUploadsFollowTheirRecordsRegionsAndEnterprises() {
    Ledger ledger = new Ledger(db);
    UploadStore uploads = new UploadStore(db);
    long e =
        new EnterpriseStore(db)
            .save(
                new EnterpriseStore.Enterprise(
                    null,
                    "E",
                    null,
                    "示范（虚构）",
                    "Demo",
                    "C3011",
                    Adcode.of(410105),
                    "",
                    null,
                    null,
                    null,
                    false,
                    false,
                    true,
                    "synthetic"));
    long henan =
        ledger.save("h.csv", "u", List.of(coal("R1", 1)), STAMP, Map.of("E", e)).uploadId();
    long liaoning =
        ledger
            .save(
                "l.csv",
                "u",
                List.of(
                    ACCOUNTANT.account(
                        ActivityRecord.builder("L")
                            .entity("X")
                            .region(210106)
                            .year(2022)
                            .source("IND_BOILER")
                            .activity("raw_coal", 1, Unit.T)
                            .build())),
                STAMP,
                Map.of())
            .uploadId();
    assertThat(uploads.uploads(null, null, 0, 10).items())
        .extracting(UploadStore.Upload::id)
        .containsExactly(liaoning, henan);
    assertThat(uploads.uploads(Adcode.of(410000), null, 0, 10).items())
        .extracting(UploadStore.Upload::id)
        .containsExactly(henan);
    assertThat(uploads.uploads(Adcode.NATION, e, 0, 10).items())
        .extracting(UploadStore.Upload::id)
        .containsExactly(henan);
    assertThat(uploads.uploads(Adcode.of(210000), e, 0, 10).total()).isZero();
    assertThat(uploads.reach(henan))
        .isEqualTo(new UploadStore.Reach(Set.of(Adcode.of(410105)), Set.of(e), Set.of("E")));
  }

  @Test
  void storedValuesThatAreNotFiniteAreTakenOutAndTheCellsSummedAfresh() {
    Ledger ledger = new Ledger(db);
    ledger.save(
        "a.csv", "u", List.of(coal("R1", 100), coal("R2", 50), coal("R3", 1)), STAMP, Map.of());
    // what the old JSON path could store: an overflowed and an undefined emission
    List<Long> ids = ledger.activityIds();
    db.update(DSL.table("emission"))
        .set(DSL.field("amount_t", Double.class), Double.POSITIVE_INFINITY)
        .where(DSL.field("activity_id", Long.class).eq(ids.get(0)))
        .and(DSL.field("substance", String.class).eq("CO2"))
        .execute();
    db.update(DSL.table("emission"))
        .set(DSL.field("amount_t", Double.class), Double.NaN)
        .where(DSL.field("activity_id", Long.class).eq(ids.get(1)))
        .and(DSL.field("substance", String.class).eq("SO2"))
        .execute();
    assertThat(ledger.rejectNonFinite()).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    assertThat(co2(ledger)).isCloseTo(co2(coal("R3", 1)), within(1e-9));
    assertThat(ledger.cells(Adcode.of(410000), List.of(2022)))
        .allSatisfy(c -> assertThat(c.tonnes()).isFinite());
    assertThat(ledger.activityCount()).isEqualTo(1);
    assertThat(ledger.rejectNonFinite()).isEmpty();
  }

  @Test
  void theMigrationTurnsCopiesOfAFactIntoItsHistory() {
    // a ledger written before facts: the same (entity, record) uploaded twice was added twice
    DataSource before = migratedTo("4");
    DSLContext old = DSL.using(before, dialect());
    for (int upload = 1; upload <= 2; upload++) {
      old.execute(
          "insert into upload (file_name, uploaded_by, uploaded_at, record_count) values ('f"
              + upload
              + "', 'u', current_timestamp, 1)");
    }
    old.execute(
        "insert into result_version (parameter_release, gwp_set, scheme, created_at) values ('r', 'AR5', 'GENERAL', current_timestamp)");
    long[] uploadIds =
        old.fetch("select id from upload order by id").stream()
            .mapToLong(r -> r.get(0, Long.class))
            .toArray();
    long version = old.fetchOne("select id from result_version").get(0, Long.class);
    for (int i = 0; i < 2; i++) {
      old.execute(
          "insert into activity (upload_id, record_id, entity_code, adcode, data_year, source, activity, amount, unit) values ("
              + uploadIds[i]
              + ", 'R1', 'E', '410105', 2022, 'IND_BOILER', 'raw_coal', "
              + (100 + i)
              + ", 't')");
      long activity = old.fetchOne("select max(id) from activity").get(0, Long.class);
      old.execute(
          "insert into emission (activity_id, result_version_id, substance, scope, method, amount_t) values ("
              + activity
              + ", "
              + version
              + ", 'CO2', 'direct', 'combustion_tier2', "
              + (1000 + i)
              + ")");
    }
    old.execute(
        "insert into inventory_cell select a.adcode, a.data_year, a.source, e.substance, e.scope, sum(e.amount_t) from emission e"
            + " join activity a on a.id = e.activity_id group by a.adcode, a.data_year, a.source, e.substance, e.scope");
    DataSource migrated = TestDatabases.migrate(before, null);
    Ledger ledger = new Ledger(DSL.using(migrated, dialect()));
    assertThat(ledger.activityCount()).isEqualTo(1);
    assertThat(co2(ledger)).isEqualTo(1001.0);
    assertThat(new UploadStore(DSL.using(migrated, dialect())).revisions("E", "R1"))
        .extracting(UploadStore.Revision::revision, UploadStore.Revision::state)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, "revised"),
            org.assertj.core.groups.Tuple.tuple(2, "current"));
  }

  @Test
  void enterprisesAreSearchedByNameCodeRegionAndIndustry() {
    EnterpriseStore s = new EnterpriseStore(db);
    s.save(
        new EnterpriseStore.Enterprise(
            null,
            "S1",
            "91350400MA0XXXXX9J",
            "三明示范钢铁有限公司（虚构）",
            "Sanming Demo Steel (synthetic)",
            "C3120",
            Adcode.of(350404),
            "三明经济开发区",
            26.2,
            117.6,
            "91350400MA0XXXXX9J001P",
            true,
            true,
            true,
            "synthetic"));
    s.save(
        new EnterpriseStore.Enterprise(
            null,
            "S2",
            null,
            "沈阳示范水泥（虚构）",
            "Shenyang Demo Cement",
            "C3011",
            Adcode.of(210106),
            "",
            null,
            null,
            null,
            false,
            true,
            true,
            "synthetic"));
    assertThat(s.search("钢铁", null, null, 0, 10).items())
        .extracting(EnterpriseStore.Enterprise::code)
        .containsExactly("S1");
    assertThat(s.search("ma0xxxxx9j", null, null, 0, 10).total()).isEqualTo(1);
    assertThat(s.search(null, Adcode.of(210000), null, 0, 10).items())
        .extracting(EnterpriseStore.Enterprise::code)
        .containsExactly("S2");
    assertThat(s.search(null, null, "C30", 0, 10).total()).isEqualTo(1);
    assertThat(s.search(null, Adcode.NATION, null, 1, 1).items()).hasSize(1);
    assertThat(s.idsByCode()).containsKeys("S1", "S2");
  }

  @Test
  void theTopDownLayerKeepsTotalsApartFromParts() {
    TopDownStore t = new TopDownStore(db);
    t.saveAll(
        List.of(
            new TopDownStore.Row(Adcode.of(410000), 2019, "Total", "Scope 1 Total", 4.5e8, "ceads"),
            new TopDownStore.Row(Adcode.of(410000), 2019, "Total", "Raw Coal", 3.0e8, "ceads"),
            new TopDownStore.Row(
                Adcode.of(410000), 2018, "Total", "Scope 1 Total", 4.6e8, "ceads")));
    assertThat(t.history(Adcode.of(410000)))
        .filteredOn(org.cocontrol.core.readside.TopDownCell::isTotal)
        .extracting(org.cocontrol.core.readside.TopDownCell::year)
        .containsExactly(2018, 2019);
    assertThat(t.totals(2019))
        .singleElement()
        .satisfies(r -> assertThat(r.co2Tonnes()).isEqualTo(4.5e8));
    assertThat(t.cells(Adcode.of(410000), 2019)).hasSize(2);
    assertThat(t.years(Adcode.of(410000))).containsExactly(2018, 2019);
  }

  @Test
  void usersAuditAndMeta() {
    UserStore users = new UserStore(db);
    users.upsert(
        new UserStore.User(
            null, "authority", "{bcrypt}x", "AUTHORITY", Adcode.NATION, null, "生态环境厅"));
    users.upsert(
        new UserStore.User(
            null, "authority", "{bcrypt}y", "AUTHORITY", Adcode.of(210000), null, "辽宁省生态环境厅"));
    assertThat(users.find("authority").orElseThrow().passwordHash()).isEqualTo("{bcrypt}y");
    assertThat(users.find("authority").orElseThrow().scope()).isEqualTo(Adcode.of(210000));
    assertThat(users.find("nobody")).isEmpty();
    AuditLog audit = new AuditLog(db);
    audit.record("authority", "UPLOAD", "upload:1", "3 records");
    assertThat(audit.latest(5))
        .singleElement()
        .satisfies(e -> assertThat(e.action()).isEqualTo("UPLOAD"));
    MetaStore meta = new MetaStore(db);
    meta.put("demo", "1");
    meta.put("demo", "2");
    assertThat(meta.get("demo")).contains("2");
  }

  @Test
  void planProgressIsKeptPerRegionAndReplacedPerYearOrPeriod() {
    PlanStore plans = new PlanStore(db);
    String plan = "p" + System.nanoTime();
    java.time.LocalDateTime at = java.time.LocalDateTime.of(2024, 4, 1, 9, 0);
    plans.saveValues(
        plan,
        List.of(
            new PlanStore.Value("LN-02", "210000", 2023, 88.0, "manual", "", "alice", at),
            new PlanStore.Value("LN-02", "210100", 2023, 90.0, "import", "", "alice", at)));
    plans.saveValues(
        plan,
        List.of(
            new PlanStore.Value("LN-02", "210000", 2023, 87.5, "manual", "corrected", "bob", at)));
    Map<Integer, PlanStore.Value> values = plans.values(plan, "LN-02", "210000");
    assertThat(values).containsOnlyKeys(2023);
    assertThat(values.get(2023).value()).isEqualTo(87.5);
    assertThat(values.get(2023).enteredBy()).isEqualTo("bob");
    assertThat(plans.indicatorData(plan).values()).containsOnlyKeys("210000", "210100");
    assertThat(plans.deleteValue(plan, "LN-02", "210100", 2023)).isTrue();
    assertThat(plans.deleteValue(plan, "LN-02", "210100", 2023)).isFalse();

    plans.saveTarget(
        plan, new PlanStore.TargetOverride("SM-01", "350400", 19.5, null, "省下达", "alice", at));
    plans.saveTarget(
        plan, new PlanStore.TargetOverride("SM-01", "350400", 20.0, 1.2, "省下达(修订)", "alice", at));
    PlanStore.TargetOverride t = plans.targets(plan).get("350400").get("SM-01");
    assertThat(t.targetValue()).isEqualTo(20.0);
    assertThat(t.baseValue()).isEqualTo(1.2);

    plans.saveWaypoints(plan, "LN-02", "210000", Map.of(2022, 95.0, 2023, 92.0));
    assertThat(plans.waypoints(plan, "LN-02", "210000"))
        .containsExactly(Map.entry(2022, 95.0), Map.entry(2023, 92.0));
    plans.saveWaypoints(plan, "LN-02", "210000", Map.of());
    assertThat(plans.waypoints(plan, "LN-02", "210000")).isEmpty();

    long first =
        plans.saveProgress(plan, "3.4", "210000", "2024Q1", "on_track", "已印发清单", "alice", at);
    long again =
        plans.saveProgress(plan, "3.4", "210000", "2024Q1", "delayed", "清单延后", "alice", at);
    assertThat(again).isEqualTo(first);
    plans.saveProgress(plan, "3.4", "210000", "2024Q2", "done", "完成", "alice", at);
    byte[] pdf = "%PDF-1.4 evidence".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    PlanStore.Evidence e = plans.addEvidence(first, "清单.pdf", "application/pdf", pdf, "alice", at);
    List<PlanStore.TaskProgress> progress = plans.progress(plan, "210000");
    assertThat(progress)
        .extracting(PlanStore.TaskProgress::period)
        .containsExactly("2024Q1", "2024Q2");
    assertThat(progress.get(0).status()).isEqualTo("delayed");
    assertThat(progress.get(0).evidence())
        .extracting(PlanStore.Evidence::fileName)
        .containsExactly("清单.pdf");
    assertThat(plans.evidenceContent(e.id())).hasValueSatisfying(b -> assertThat(b).isEqualTo(pdf));
    assertThat(plans.progressById(first))
        .hasValueSatisfying(p -> assertThat(p.planId()).isEqualTo(plan));
    assertThat(plans.progress(plan, "210100")).isEmpty();
  }

  @Test
  void statisticsAreReplacedPerRegionYearAndName() {
    StatisticsStore stats = new StatisticsStore(db);
    Adcode region = Adcode.of(110000 + (int) Math.floorMod(System.nanoTime(), 700000L));
    stats.saveAll(
        List.of(
            new StatisticsStore.Statistic(region, 2020, "gdp", 25115.0, "亿元"),
            new StatisticsStore.Statistic(region, 2021, "gdp", 27584.1, "亿元"),
            new StatisticsStore.Statistic(region, 2021, "population", 4229.4, "万人")));
    stats.saveAll(List.of(new StatisticsStore.Statistic(region, 2021, "gdp", 27600.0, "亿元")));
    Map<Integer, StatisticsStore.Statistic> gdp = stats.series(region, "gdp");
    assertThat(gdp).containsOnlyKeys(2020, 2021);
    assertThat(gdp.get(2021).value()).isEqualTo(27600.0);
    assertThat(gdp.get(2021).unit()).isEqualTo("亿元");
    assertThat(stats.list(region, null)).hasSize(3);
  }

  @Test
  void energyBalanceTablesKeepTheirFileAndTheNewestIsCurrent() {
    EnergyBalanceStore store = new EnergyBalanceStore(db);
    Adcode region = Adcode.of(410000 + (int) Math.floorMod(System.nanoTime(), 99L) * 100);
    byte[] first = {1, 2, 3};
    byte[] second = {4, 5, 6, 7};
    EnergyBalanceStore.Stored a = store.save(region, 2020, "a.xlsx", first, "authority");
    EnergyBalanceStore.Stored b = store.save(region, 2020, "b.xlsx", second, "authority");
    store.save(region, 2021, "c.xlsx", first, "authority");
    EnergyBalanceStore.Stored current = store.current(region, 2020).orElseThrow();
    assertThat(current.id()).isEqualTo(b.id());
    assertThat(current.fileName()).isEqualTo("b.xlsx");
    assertThat(current.sizeBytes()).isEqualTo(4);
    assertThat(current.current()).isTrue();
    assertThat(store.content(b.id())).contains(second);
    // the earlier upload stays, as history
    assertThat(store.content(a.id())).contains(first);
    assertThat(store.currentAll().stream().filter(s -> s.region().equals(region)))
        .extracting(EnergyBalanceStore.Stored::year)
        .containsExactly(2020, 2021);
    assertThat(store.current(region, 2019)).isEmpty();
  }

  /**
   * A report's data is one file per enterprise and year; a submitted version keeps the data it was
   * submitted with when the data is replaced, and later versions number on.
   */
  @Test
  void aSubmittedVersionKeepsItsDataWhenTheYearsDataIsReplaced() {
    long e =
        new EnterpriseStore(db)
            .save(
                new EnterpriseStore.Enterprise(
                    null,
                    "E-REPORT",
                    null,
                    "报告电厂（虚构）",
                    "",
                    "D4411",
                    Adcode.of(210106),
                    "",
                    null,
                    null,
                    null,
                    true,
                    false,
                    true,
                    "synthetic"));
    ReportStore reports = new ReportStore(db);
    java.time.LocalDateTime at = java.time.LocalDateTime.of(2024, 3, 1, 9, 0);
    long id =
        reports.create(
            e,
            "E-REPORT",
            Adcode.of(210106),
            2023,
            "ghg",
            java.time.LocalDate.of(2024, 3, 31),
            "u",
            at);
    assertThat(reports.find(e, 2023, "ghg")).map(ReportStore.Report::id).contains(id);
    byte[] first = "month,facility\n1,#1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    reports.saveData(new ReportStore.Data(e, 2023, "a.csv", first, 1, "u", at));
    assertThat(
            reports.addVersion(
                new ReportStore.Version(
                    id, 0, "a.csv", first, "r1", "AR5", "{\"CO2\":1.5}", "[]", "u", at)))
        .isEqualTo(1);
    byte[] second = "month,facility\n2,#1\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    reports.saveData(new ReportStore.Data(e, 2023, "b.csv", second, 1, "u", at.plusDays(1)));
    assertThat(reports.data(e, 2023).orElseThrow().content()).isEqualTo(second);
    assertThat(
            reports.addVersion(
                new ReportStore.Version(
                    id, 0, "b.csv", second, "r1", "AR5", "{\"CO2\":2.5}", "[]", "u", at)))
        .isEqualTo(2);
    ReportStore.Version v1 = reports.version(id, 1).orElseThrow();
    assertThat(v1.content()).isEqualTo(first);
    assertThat(v1.totalsT()).isEqualTo("{\"CO2\":1.5}");
    assertThat(reports.versions(id)).extracting(ReportStore.Version::number).containsExactly(1, 2);
    // the store has no way to change a version: nothing public names the table in an update
    assertThat(ReportStore.class.getMethods())
        .extracting(java.lang.reflect.Method::getName)
        .noneMatch(
            n ->
                n.toLowerCase(java.util.Locale.ROOT).contains("version")
                    && !n.equals("addVersion")
                    && !n.startsWith("version"));
  }
}
