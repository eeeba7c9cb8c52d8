package org.cocontrol.server.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.cocontrol.core.region.Adcode;
import org.cocontrol.server.auth.AccessPolicy.Refusal;
import org.cocontrol.server.auth.AccessPolicy.UploadFilter;
import org.cocontrol.server.system.BadRequestException;
import org.cocontrol.store.EnterpriseStore;
import org.cocontrol.store.UploadStore;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

/**
 * Every role against every action of {@link AccessPolicy}: a national authority, a regional
 * authority (Fujian), an enterprise (id 7, registered in Sanming's 三元区 350404), an enterprise user
 * with no enterprise, and the public; each asked about a place inside and outside its reach.
 */
class AccessPolicyTests {

  static final Adcode FUJIAN = Adcode.of(350000);
  static final Adcode SANMING = Adcode.of(350400);
  static final Adcode SANYUAN = Adcode.of(350404);
  static final Adcode BEIJING = Adcode.of(110000);

  static final Caller NATIONAL = new Caller("nation", Role.AUTHORITY, Adcode.NATION, null);
  static final Caller REGIONAL = new Caller("fujian", Role.AUTHORITY, FUJIAN, null);
  static final Caller ENTERPRISE = new Caller("plant", Role.ENTERPRISE, SANYUAN, 7L);
  static final Caller NO_ENTERPRISE = new Caller("orphan", Role.ENTERPRISE, Adcode.NATION, null);
  static final Caller PUBLIC = new Caller("citizen", Role.PUBLIC, Adcode.NATION, null);
  static final Caller VERIFIER = new Caller("verifier", Role.VERIFIER, Adcode.NATION, null);

  static final EnterpriseStore.Registration SEVEN = new EnterpriseStore.Registration(7, SANYUAN);
  static final EnterpriseStore.Registration EIGHT_IN_BEIJING =
      new EnterpriseStore.Registration(8, BEIJING);
  static final EnterpriseStore.Registration NINE_IN_SANMING =
      new EnterpriseStore.Registration(9, SANMING);

  @Test
  void onlyAuthoritiesPassTheAuthorityGate() {
    assertThat(AccessPolicy.requireAuthority(NATIONAL, "x")).isSameAs(NATIONAL);
    assertThat(AccessPolicy.requireAuthority(REGIONAL, "x")).isSameAs(REGIONAL);
    for (Caller c : new Caller[] {ENTERPRISE, NO_ENTERPRISE, PUBLIC}) {
      assertForbidden(
          () -> AccessPolicy.requireAuthority(c, "for authorities"),
          "无权访问 / forbidden: for authorities");
    }
  }

  @Test
  void onlyTheNationalAuthorityPassesTheNationalGate() {
    assertThat(AccessPolicy.requireNationalAuthority(NATIONAL, "x")).isSameAs(NATIONAL);
    assertThat(AccessPolicy.isNationalAuthority(NATIONAL)).isTrue();
    for (Caller c : new Caller[] {REGIONAL, ENTERPRISE, NO_ENTERPRISE, PUBLIC}) {
      assertThat(AccessPolicy.isNationalAuthority(c)).isFalse();
      assertForbidden(
          () -> AccessPolicy.requireNationalAuthority(c, "national only"),
          "无权访问 / forbidden: national only");
    }
    // An enterprise user whose token says nothing about a region gets the nation as scope: still no
    // authority.
    assertThat(AccessPolicy.isNationalAuthority(NO_ENTERPRISE)).isFalse();
  }

  @Test
  void readingAndWritingARegionNeedsAnAuthorityWhoseJurisdictionHoldsIt() {
    for (Adcode r : new Adcode[] {Adcode.NATION, FUJIAN, SANMING, SANYUAN, BEIJING}) {
      assertThat(AccessPolicy.mayRead(NATIONAL, r)).as("national reads %s", r).isTrue();
      assertThat(AccessPolicy.mayWrite(NATIONAL, r)).as("national writes %s", r).isTrue();
      boolean inFujian = r.isWithin(FUJIAN);
      assertThat(AccessPolicy.mayRead(REGIONAL, r)).as("Fujian reads %s", r).isEqualTo(inFujian);
      assertThat(AccessPolicy.mayWrite(REGIONAL, r)).as("Fujian writes %s", r).isEqualTo(inFujian);
      for (Caller c : new Caller[] {ENTERPRISE, NO_ENTERPRISE, PUBLIC}) {
        assertThat(AccessPolicy.mayRead(c, r)).as("%s reads %s", c.username(), r).isFalse();
        assertThat(AccessPolicy.mayWrite(c, r)).as("%s writes %s", c.username(), r).isFalse();
      }
    }
    // Fujian's jurisdiction does not hold the nation above it.
    assertThat(AccessPolicy.mayRead(REGIONAL, Adcode.NATION)).isFalse();
  }

  @Test
  void reportedDataIsForAuthoritiesAndEnterprisesAndAnEnterpriseSeesItselfOnly() {
    assertThat(
            Map.of(
                NATIONAL,
                AccessPolicy.maySeeReported(NATIONAL),
                REGIONAL,
                AccessPolicy.maySeeReported(REGIONAL),
                ENTERPRISE,
                AccessPolicy.maySeeReported(ENTERPRISE),
                NO_ENTERPRISE,
                AccessPolicy.maySeeReported(NO_ENTERPRISE),
                PUBLIC,
                AccessPolicy.maySeeReported(PUBLIC)))
        .containsEntry(NATIONAL, true)
        .containsEntry(REGIONAL, true)
        .containsEntry(ENTERPRISE, true)
        .containsEntry(NO_ENTERPRISE, true)
        .containsEntry(PUBLIC, false);
    assertThat(AccessPolicy.seesOwnEnterpriseOnly(ENTERPRISE)).isTrue();
    assertThat(AccessPolicy.seesOwnEnterpriseOnly(NO_ENTERPRISE)).isTrue();
    assertThat(AccessPolicy.seesOwnEnterpriseOnly(NATIONAL)).isFalse();
    assertThat(AccessPolicy.seesOwnEnterpriseOnly(REGIONAL)).isFalse();
    assertThat(AccessPolicy.seesOwnEnterpriseOnly(PUBLIC)).isFalse();
  }

  @Test
  void anEnterpriseIsShownToAuthoritiesOverItsRegionAndToItself() {
    EnterpriseStore.Enterprise seven = enterprise(7L, SANYUAN);
    EnterpriseStore.Enterprise eight = enterprise(8L, BEIJING);
    EnterpriseStore.Enterprise unsaved = enterprise(null, SANYUAN);
    assertThat(AccessPolicy.maySee(NATIONAL, seven)).isTrue();
    assertThat(AccessPolicy.maySee(NATIONAL, eight)).isTrue();
    assertThat(AccessPolicy.maySee(REGIONAL, seven)).isTrue();
    assertThat(AccessPolicy.maySee(REGIONAL, eight)).isFalse();
    assertThat(AccessPolicy.maySee(ENTERPRISE, seven)).isTrue();
    assertThat(AccessPolicy.maySee(ENTERPRISE, eight)).isFalse();
    assertThat(AccessPolicy.maySee(ENTERPRISE, unsaved)).isFalse();
    assertThat(AccessPolicy.maySee(NO_ENTERPRISE, seven)).isFalse();
    assertThat(AccessPolicy.maySee(NO_ENTERPRISE, unsaved)).isFalse();
    assertThat(AccessPolicy.maySee(PUBLIC, seven)).isFalse();
  }

  @Test
  void whoMayReportWhatWhere() {
    // National authority: anywhere, for anyone.
    assertThat(AccessPolicy.reportRefusal(NATIONAL, BEIJING, EIGHT_IN_BEIJING)).isEmpty();
    assertThat(AccessPolicy.reportRefusal(NATIONAL, SANYUAN, EIGHT_IN_BEIJING)).isEmpty();
    assertThat(AccessPolicy.reportRefusal(NATIONAL, BEIJING, null)).isEmpty();
    // Regional authority: the record's region first, then the entity's registered region.
    assertThat(AccessPolicy.reportRefusal(REGIONAL, SANYUAN, SEVEN)).isEmpty();
    assertThat(AccessPolicy.reportRefusal(REGIONAL, SANYUAN, null)).isEmpty();
    assertThat(AccessPolicy.reportRefusal(REGIONAL, SANMING, SEVEN)).isEmpty();
    assertThat(AccessPolicy.reportRefusal(REGIONAL, BEIJING, null)).contains(Refusal.REGION);
    assertThat(AccessPolicy.reportRefusal(REGIONAL, BEIJING, EIGHT_IN_BEIJING))
        .contains(Refusal.REGION);
    assertThat(AccessPolicy.reportRefusal(REGIONAL, SANYUAN, EIGHT_IN_BEIJING))
        .contains(Refusal.ENTITY);
    // Enterprise: only itself (registered), only into its registered region exactly.
    assertThat(AccessPolicy.reportRefusal(ENTERPRISE, SANYUAN, SEVEN)).isEmpty();
    assertThat(AccessPolicy.reportRefusal(ENTERPRISE, SANMING, SEVEN)).contains(Refusal.REGION);
    assertThat(AccessPolicy.reportRefusal(ENTERPRISE, BEIJING, SEVEN)).contains(Refusal.REGION);
    assertThat(AccessPolicy.reportRefusal(ENTERPRISE, SANMING, NINE_IN_SANMING))
        .contains(Refusal.ENTITY);
    assertThat(AccessPolicy.reportRefusal(ENTERPRISE, SANYUAN, null)).contains(Refusal.ENTITY);
    assertThat(AccessPolicy.reportRefusal(NO_ENTERPRISE, SANYUAN, SEVEN)).contains(Refusal.ENTITY);
    // The public: never.
    assertThat(AccessPolicy.reportRefusal(PUBLIC, SANYUAN, SEVEN)).contains(Refusal.ENTITY);
    assertThat(AccessPolicy.reportRefusal(PUBLIC, SANYUAN, null)).contains(Refusal.ENTITY);
  }

  @Test
  void uploadListingsAreFilteredByRole() {
    assertThat(AccessPolicy.uploadFilter(NATIONAL)).contains(new UploadFilter(Adcode.NATION, null));
    assertThat(AccessPolicy.uploadFilter(REGIONAL)).contains(new UploadFilter(FUJIAN, null));
    assertThat(AccessPolicy.uploadFilter(ENTERPRISE)).contains(new UploadFilter(Adcode.NATION, 7L));
    // No enterprise: an id no enterprise has, so the listing is empty rather than everyone's.
    assertThat(AccessPolicy.uploadFilter(NO_ENTERPRISE))
        .contains(new UploadFilter(Adcode.NATION, -1L));
    assertThat(AccessPolicy.uploadFilter(PUBLIC)).isEmpty();
  }

  @Test
  void oneUploadIsVisibleToAuthoritiesOverAnyOfItsRegionsAndToItsUploaderOrEnterprise() {
    UploadStore.Upload byPlant = upload("plant");
    UploadStore.Upload byOther = upload("other");
    UploadStore.Reach sanyuanOfSeven =
        new UploadStore.Reach(Set.of(SANYUAN), Set.of(7L), Set.of("E7"));
    UploadStore.Reach mixed =
        new UploadStore.Reach(Set.of(SANYUAN, BEIJING), Set.of(8L), Set.of("E8"));
    UploadStore.Reach beijing = new UploadStore.Reach(Set.of(BEIJING), Set.of(), Set.of());

    assertThat(AccessPolicy.maySeeUpload(NATIONAL, byOther, beijing)).isTrue();
    assertThat(AccessPolicy.maySeeUpload(REGIONAL, byOther, mixed)).isTrue();
    assertThat(AccessPolicy.maySeeUpload(REGIONAL, byOther, beijing)).isFalse();
    assertThat(AccessPolicy.maySeeUpload(ENTERPRISE, byPlant, beijing)).isTrue();
    assertThat(AccessPolicy.maySeeUpload(ENTERPRISE, byOther, sanyuanOfSeven)).isTrue();
    assertThat(AccessPolicy.maySeeUpload(ENTERPRISE, byOther, mixed)).isFalse();
    assertThat(AccessPolicy.maySeeUpload(NO_ENTERPRISE, byOther, mixed)).isFalse();
    assertThat(AccessPolicy.maySeeUpload(PUBLIC, byPlant, sanyuanOfSeven)).isFalse();
  }

  @Test
  void anUploadIsWithdrawnByItsUploaderOrAnAuthorityHoldingAllOfIt() {
    UploadStore.Upload byPlant = upload("plant");
    UploadStore.Upload byOther = upload("other");
    UploadStore.Reach sanyuanOfSeven =
        new UploadStore.Reach(Set.of(SANYUAN), Set.of(7L), Set.of("E7"));
    UploadStore.Reach sanyuanOfEight =
        new UploadStore.Reach(Set.of(SANYUAN), Set.of(8L), Set.of("E8"));
    UploadStore.Reach sanyuanOfGone =
        new UploadStore.Reach(Set.of(SANYUAN), Set.of(99L), Set.of("E99"));
    UploadStore.Reach mixed = new UploadStore.Reach(Set.of(SANYUAN, BEIJING), Set.of(), Set.of());
    Function<Long, Optional<Adcode>> regionOf =
        id -> Optional.ofNullable(Map.of(7L, SANYUAN, 8L, BEIJING).get(id));

    assertThat(AccessPolicy.mayWithdraw(NATIONAL, byOther, mixed, regionOf)).isTrue();
    assertThat(AccessPolicy.mayWithdraw(NATIONAL, byOther, sanyuanOfEight, regionOf)).isTrue();
    assertThat(AccessPolicy.mayWithdraw(REGIONAL, byOther, sanyuanOfSeven, regionOf)).isTrue();
    // A record region outside, or a registered enterprise registered outside, keeps a regional
    // authority out.
    assertThat(AccessPolicy.mayWithdraw(REGIONAL, byOther, mixed, regionOf)).isFalse();
    assertThat(AccessPolicy.mayWithdraw(REGIONAL, byOther, sanyuanOfEight, regionOf)).isFalse();
    // An enterprise no longer registered does not stand in the way.
    assertThat(AccessPolicy.mayWithdraw(REGIONAL, byOther, sanyuanOfGone, regionOf)).isTrue();
    assertThat(AccessPolicy.mayWithdraw(ENTERPRISE, byPlant, mixed, regionOf)).isTrue();
    // Seeing an upload with its records is not enough to withdraw it: only its uploader may.
    assertThat(AccessPolicy.mayWithdraw(ENTERPRISE, byOther, sanyuanOfSeven, regionOf)).isFalse();
    assertThat(AccessPolicy.mayWithdraw(NO_ENTERPRISE, byOther, sanyuanOfSeven, regionOf))
        .isFalse();
    assertThat(AccessPolicy.mayWithdraw(PUBLIC, byPlant, sanyuanOfSeven, regionOf)).isFalse();
  }

  @Test
  void aRevisionIsShownToAuthoritiesOverItsRegionAndToTheEnterpriseItIsRegisteredAs() {
    UploadStore.Revision inSanyuan = revision("350404");
    UploadStore.Revision inBeijing = revision("110000");
    UploadStore.Revision unreadable = revision("not a code");
    assertThat(AccessPolicy.maySeeRevision(NATIONAL, inBeijing, null)).isTrue();
    assertThat(AccessPolicy.maySeeRevision(NATIONAL, unreadable, null)).isFalse();
    assertThat(AccessPolicy.maySeeRevision(REGIONAL, inSanyuan, null)).isTrue();
    assertThat(AccessPolicy.maySeeRevision(REGIONAL, inBeijing, SEVEN)).isFalse();
    assertThat(AccessPolicy.maySeeRevision(ENTERPRISE, inBeijing, SEVEN)).isTrue();
    assertThat(AccessPolicy.maySeeRevision(ENTERPRISE, inSanyuan, NINE_IN_SANMING)).isFalse();
    assertThat(AccessPolicy.maySeeRevision(ENTERPRISE, inSanyuan, null)).isFalse();
    assertThat(AccessPolicy.maySeeRevision(NO_ENTERPRISE, inSanyuan, SEVEN)).isFalse();
    assertThat(AccessPolicy.maySeeRevision(PUBLIC, inSanyuan, SEVEN)).isFalse();
  }

  /**
   * Facilities and permits: read by whoever sees the enterprise, and by a verifier only for an
   * enterprise it has an assigned report of; written by the enterprise and its authority only.
   */
  @Test
  void facilitiesAreReadByTheAssignedVerifierAndWrittenByTheEnterpriseAndItsAuthority() {
    EnterpriseStore.Enterprise seven = enterprise(7L, SANYUAN);
    EnterpriseStore.Enterprise inBeijing = enterprise(8L, BEIJING);
    assertThat(AccessPolicy.maySeeFacilities(VERIFIER, seven, true)).isTrue();
    assertThat(AccessPolicy.maySeeFacilities(VERIFIER, seven, false)).isFalse();
    assertThat(AccessPolicy.mayEditFacilities(VERIFIER, seven)).isFalse();
    assertThat(AccessPolicy.maySeeFacilitiesAtAll(VERIFIER)).isTrue();
    assertThat(AccessPolicy.maySeeFacilitiesAtAll(PUBLIC)).isFalse();
    // an assignment says nothing for the other roles: their reach decides
    assertThat(AccessPolicy.maySeeFacilities(ENTERPRISE, seven, false)).isTrue();
    assertThat(AccessPolicy.maySeeFacilities(ENTERPRISE, inBeijing, true)).isFalse();
    assertThat(AccessPolicy.maySeeFacilities(REGIONAL, inBeijing, true)).isFalse();
    assertThat(AccessPolicy.maySeeFacilities(PUBLIC, seven, true)).isFalse();
    assertThat(AccessPolicy.mayEditFacilities(REGIONAL, seven)).isTrue();
    assertThat(AccessPolicy.mayEditFacilities(PUBLIC, seven)).isFalse();
  }

  private static void assertForbidden(Runnable call, String message) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            BadRequestException.class,
            e -> {
              assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
              assertThat(e.error().message()).isEqualTo(message);
            });
  }

  private static EnterpriseStore.Enterprise enterprise(Long id, Adcode region) {
    return new EnterpriseStore.Enterprise(
        id, "E" + id, null, "企业", null, "C", region, null, null, null, null, false, false, true,
        "test");
  }

  private static UploadStore.Upload upload(String by) {
    return new UploadStore.Upload(
        1, "f.csv", by, LocalDateTime.of(2026, 1, 1, 0, 0), 1, 1, 0, 0, "active", null, null, null);
  }

  private static UploadStore.Revision revision(String region) {
    return new UploadStore.Revision(
        1,
        1,
        1,
        "current",
        2023,
        region,
        "POWER",
        "coal",
        1,
        "t",
        "f.csv",
        "plant",
        LocalDateTime.of(2026, 1, 1, 0, 0));
  }

  static org.cocontrol.store.ReportStore.Report report(
      long enterprise, Adcode region, String verifier) {
    return new org.cocontrol.store.ReportStore.Report(
        1,
        enterprise,
        "E",
        region,
        2023,
        "ghg",
        "submitted",
        java.time.LocalDate.of(2024, 3, 31),
        false,
        verifier,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "u",
        null,
        null);
  }

  @Test
  void aVerifierSeesTheReportsAssignedToItAndNothingElseReported() {
    var assigned = report(7, SANYUAN, "verifier");
    var other = report(7, SANYUAN, "someone-else");
    assertThat(AccessPolicy.maySeeReport(VERIFIER, assigned)).isTrue();
    assertThat(AccessPolicy.mayVerify(VERIFIER, assigned)).isTrue();
    assertThat(AccessPolicy.maySeeReport(VERIFIER, other)).isFalse();
    assertThat(AccessPolicy.mayReport(VERIFIER, assigned)).isFalse();
    assertThat(AccessPolicy.maySupervise(VERIFIER, assigned)).isFalse();
    assertThat(AccessPolicy.maySeeReported(VERIFIER)).isFalse();
    assertThat(AccessPolicy.uploadFilter(VERIFIER)).isEmpty();
    assertThat(AccessPolicy.reportRefusal(VERIFIER, SANYUAN, SEVEN)).isPresent();
    assertThat(AccessPolicy.reportFilter(VERIFIER, 2023, null, null).orElseThrow().verifier())
        .isEqualTo("verifier");
  }

  @Test
  void reportsFollowJurisdictionAndOwnership() {
    var sanyuan = report(7, SANYUAN, null);
    var beijing = report(8, BEIJING, null);
    assertThat(AccessPolicy.maySeeReport(ENTERPRISE, sanyuan)).isTrue();
    assertThat(AccessPolicy.mayReport(ENTERPRISE, sanyuan)).isTrue();
    assertThat(AccessPolicy.maySeeReport(ENTERPRISE, beijing)).isFalse();
    assertThat(AccessPolicy.maySeeReport(NO_ENTERPRISE, sanyuan)).isFalse();
    assertThat(AccessPolicy.maySupervise(REGIONAL, sanyuan)).isTrue();
    assertThat(AccessPolicy.maySeeReport(REGIONAL, beijing)).isFalse();
    assertThat(AccessPolicy.maySupervise(NATIONAL, beijing)).isTrue();
    assertThat(AccessPolicy.mayReport(REGIONAL, sanyuan)).isFalse();
    assertThat(AccessPolicy.mayEnterReportData(REGIONAL, sanyuan)).isTrue();
    assertThat(AccessPolicy.maySeeReport(PUBLIC, sanyuan)).isFalse();
    assertThat(AccessPolicy.reportFilter(PUBLIC, 2023, null, null)).isEmpty();
  }
}
