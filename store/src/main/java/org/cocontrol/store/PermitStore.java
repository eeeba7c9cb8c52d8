package org.cocontrol.store;

import static org.cocontrol.store.Db.ENTERPRISE;
import static org.cocontrol.store.Db.FACILITY;
import static org.cocontrol.store.Db.ID;
import static org.cocontrol.store.Db.PERMIT;
import static org.cocontrol.store.Db.PERMIT_LIMIT;
import static org.cocontrol.store.Db.PERMIT_OUTLET;
import static org.cocontrol.store.Db.SUBSTANCE;
import static org.cocontrol.store.Db.f;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocontrol.core.reporting.Facility;
import org.cocontrol.core.reporting.FacilityKind;
import org.cocontrol.core.reporting.Permit;
import org.cocontrol.core.reporting.PermitLimit;
import org.cocontrol.core.reporting.PermitOutlet;
import org.cocontrol.core.substance.Substance;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Facilities of enterprises and their discharge permits (V15: {@code facility}, {@code permit},
 * {@code permit_outlet}, {@code permit_limit}). A facility list is replaced whole; a permit is kept
 * per validity (a renewal is a new row, the old stays; the same validity start replaces that row's
 * content). Writes run in the caller's transaction when there is one.
 */
public final class PermitStore {

  /**
   * A stored permit version with what the core type does not carry: the issuing authority and the
   * management tier ({@code key}, {@code simplified}, {@code registration}).
   */
  public record StoredPermit(
      long id,
      long enterpriseId,
      Permit permit,
      String issuingAuthority,
      String managementTier,
      String savedBy,
      LocalDateTime savedAt) {}

  private static final Field<Long> ENTERPRISE_ID = f("enterprise_id", Long.class);
  private static final Field<Integer> POSITION = f("position", Integer.class);
  private static final Field<String> CODE = f("code", String.class);
  private static final Field<String> NAME = f("name", String.class);
  private static final Field<String> KIND = f("kind", String.class);
  private static final Field<Double> CAPACITY = f("capacity_mw", Double.class);
  private static final Field<String> ATTRIBUTES = f("attributes", String.class);
  private static final Field<String> OUTLETS = f("outlets", String.class);
  private static final Field<String> NUMBER = f("permit_number", String.class);
  private static final Field<LocalDate> VALID_FROM = f("valid_from", LocalDate.class);
  private static final Field<LocalDate> VALID_TO = f("valid_to", LocalDate.class);
  private static final Field<String> AUTHORITY = f("issuing_authority", String.class);
  private static final Field<String> TIER = f("management_tier", String.class);
  private static final Field<String> SAVED_BY = f("saved_by", String.class);
  private static final Field<LocalDateTime> SAVED_AT = f("saved_at", LocalDateTime.class);
  private static final Field<Long> PERMIT_ID = f("permit_id", Long.class);
  private static final Field<String> FACILITIES = f("facilities", String.class);
  private static final Field<Long> OUTLET_ID = f("outlet_id", Long.class);
  private static final Field<Double> CONCENTRATION = f("concentration_mg_m3", Double.class);
  private static final Field<Double> ANNUAL_T = f("annual_t", Double.class);

  private final DSLContext db;

  public PermitStore(DSLContext db) {
    this.db = db;
  }

  /** The registered enterprise of an entity code. */
  public Optional<Long> enterpriseId(String entityCode) {
    return db.select(ID).from(ENTERPRISE).where(CODE.eq(entityCode)).fetchOptional(ID);
  }

  /** An enterprise's facilities in their stored order. */
  public List<Facility> facilities(long enterpriseId) {
    return db.select(CODE, NAME, KIND, CAPACITY, ATTRIBUTES, OUTLETS)
        .from(FACILITY)
        .where(ENTERPRISE_ID.eq(enterpriseId))
        .orderBy(POSITION)
        .fetch()
        .map(
            r ->
                new Facility(
                    r.get(CODE),
                    r.get(NAME),
                    FacilityKind.of(r.get(KIND)),
                    r.get(CAPACITY),
                    attributes(r.get(ATTRIBUTES)),
                    list(r.get(OUTLETS))));
  }

  /** Replaces an enterprise's facilities with {@code facilities}, in this order. */
  public void replaceFacilities(long enterpriseId, List<Facility> facilities) {
    db.transaction(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          tx.deleteFrom(FACILITY).where(ENTERPRISE_ID.eq(enterpriseId)).execute();
          int position = 0;
          for (Facility fa : facilities) {
            tx.insertInto(FACILITY)
                .set(ENTERPRISE_ID, enterpriseId)
                .set(POSITION, position++)
                .set(CODE, fa.code())
                .set(NAME, fa.name())
                .set(KIND, fa.kind().code())
                .set(CAPACITY, fa.capacityMw())
                .set(ATTRIBUTES, attributes(fa.attributes()))
                .set(OUTLETS, String.join(";", fa.outlets()))
                .execute();
          }
        });
  }

  /** Every permit version of an enterprise, by validity start. */
  public List<StoredPermit> permits(long enterpriseId) {
    List<Record> rows =
        db.select()
            .from(PERMIT)
            .where(ENTERPRISE_ID.eq(enterpriseId))
            .orderBy(VALID_FROM, ID)
            .fetch();
    List<StoredPermit> out = new ArrayList<>();
    for (Record r : rows) {
      long id = r.get(ID);
      out.add(
          new StoredPermit(
              id,
              r.get(ENTERPRISE_ID),
              new Permit(
                  r.get(NUMBER),
                  r.get(VALID_FROM.getName(), LocalDate.class),
                  r.get(VALID_TO.getName(), LocalDate.class),
                  outlets(id)),
              r.get(AUTHORITY),
              r.get(TIER),
              r.get(SAVED_BY),
              r.get(SAVED_AT.getName(), LocalDateTime.class)));
    }
    return out;
  }

  /**
   * Stores a permit: a new version, or, when the enterprise already has one starting on the same
   * day, that version's new content. Returns the stored version and whether it replaced one.
   */
  public Saved savePermit(
      long enterpriseId, Permit permit, String issuingAuthority, String tier, String user) {
    LocalDateTime at = LocalDateTime.now();
    return db.transactionResult(
        cfg -> {
          DSLContext tx = DSL.using(cfg);
          Optional<Long> existing =
              tx.select(ID)
                  .from(PERMIT)
                  .where(ENTERPRISE_ID.eq(enterpriseId), VALID_FROM.eq(permit.validFrom()))
                  .fetchOptional(ID);
          long id;
          if (existing.isPresent()) {
            id = existing.get();
            tx.deleteFrom(PERMIT_LIMIT)
                .where(
                    OUTLET_ID.in(
                        DSL.select(ID).from(PERMIT_OUTLET).where(PERMIT_ID.eq(existing.get()))))
                .execute();
            tx.deleteFrom(PERMIT_OUTLET).where(PERMIT_ID.eq(id)).execute();
            tx.update(PERMIT)
                .set(NUMBER, permit.number())
                .set(VALID_TO, permit.validTo())
                .set(AUTHORITY, issuingAuthority)
                .set(TIER, tier)
                .set(SAVED_BY, user)
                .set(SAVED_AT, at)
                .where(ID.eq(id))
                .execute();
          } else {
            id =
                tx.insertInto(PERMIT)
                    .set(ENTERPRISE_ID, enterpriseId)
                    .set(NUMBER, permit.number())
                    .set(VALID_FROM, permit.validFrom())
                    .set(VALID_TO, permit.validTo())
                    .set(AUTHORITY, issuingAuthority)
                    .set(TIER, tier)
                    .set(SAVED_BY, user)
                    .set(SAVED_AT, at)
                    .returningResult(ID)
                    .fetchOne()
                    .value1();
          }
          int position = 0;
          for (PermitOutlet o : permit.outlets()) {
            long outletId =
                tx.insertInto(PERMIT_OUTLET)
                    .set(PERMIT_ID, id)
                    .set(POSITION, position++)
                    .set(CODE, o.code())
                    .set(NAME, o.name())
                    .set(FACILITIES, String.join(";", o.facilities()))
                    .returningResult(ID)
                    .fetchOne()
                    .value1();
            int lp = 0;
            for (PermitLimit l : o.limits()) {
              tx.insertInto(PERMIT_LIMIT)
                  .set(OUTLET_ID, outletId)
                  .set(POSITION, lp++)
                  .set(SUBSTANCE, l.substance().code())
                  .set(CONCENTRATION, l.concentrationMgM3())
                  .set(ANNUAL_T, l.annualT())
                  .execute();
            }
          }
          return new Saved(
              new StoredPermit(id, enterpriseId, permit, issuingAuthority, tier, user, at),
              existing.isPresent());
        });
  }

  /** A stored permit version and whether it replaced the content of one with the same start. */
  public record Saved(StoredPermit permit, boolean replaced) {}

  private List<PermitOutlet> outlets(long permitId) {
    List<? extends Record> outlets =
        db.select(ID, CODE, NAME, FACILITIES)
            .from(PERMIT_OUTLET)
            .where(PERMIT_ID.eq(permitId))
            .orderBy(POSITION)
            .fetch();
    Map<Long, List<PermitLimit>> limits = new LinkedHashMap<>();
    if (!outlets.isEmpty()) {
      db.select(OUTLET_ID, SUBSTANCE, CONCENTRATION, ANNUAL_T)
          .from(PERMIT_LIMIT)
          .where(OUTLET_ID.in(outlets.stream().map(r -> r.get(ID)).toList()))
          .orderBy(OUTLET_ID, POSITION)
          .fetch()
          .forEach(
              r ->
                  limits
                      .computeIfAbsent(r.get(OUTLET_ID), k -> new ArrayList<>())
                      .add(
                          new PermitLimit(
                              Substance.parse(r.get(SUBSTANCE))
                                  .orElseThrow(
                                      () ->
                                          new IllegalStateException(
                                              "unknown substance in permit_limit: "
                                                  + r.get(SUBSTANCE))),
                              r.get(CONCENTRATION),
                              r.get(ANNUAL_T))));
    }
    return outlets.stream()
        .map(
            r ->
                new PermitOutlet(
                    r.get(CODE),
                    r.get(NAME),
                    list(r.get(FACILITIES)),
                    limits.getOrDefault(r.get(ID), List.of())))
        .toList();
  }

  private static List<String> list(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(";"));
  }

  /**
   * Facility attributes written as text ({@code key=value;key=value}), as the store keeps them and
   * the shipped facility table gives them: one form, read here.
   */
  public static Map<String, String> attributes(String joined) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String part : list(joined)) {
      int eq = part.indexOf('=');
      out.put(part.substring(0, eq), part.substring(eq + 1));
    }
    return out;
  }

  /**
   * Attributes as {@code key=value;…} in key order; the server refuses keys and values holding
   * {@code ;} or {@code =} (keys) before they come here.
   */
  private static String attributes(Map<String, String> attributes) {
    return String.join(
        ";",
        new java.util.TreeMap<>(attributes)
            .entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
  }
}
