package org.cocontrol.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.web.bind.annotation.RestController;

/**
 * The edges between the server's feature slices (packages by capability: activity, audit, auth,
 * comparison, demo, enterprise, inventory, plan, region, synergy, system): controllers map requests
 * and shape answers, services hold the rules and reach the store; file formats are read and written
 * in {@code io}; no feature depends on another in a circle.
 */
class ServerArchitectureTests {

  private static JavaClasses server;

  @BeforeAll
  static void importServer() {
    server =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.cocontrol.server");
  }

  /**
   * The store's components (Ledger, EnterpriseStore, AuditLog …): top-level classes of {@code
   * org.cocontrol.store}. Their nested value records (an {@code EnterpriseStore.Enterprise}, an
   * {@code UploadStore.Page}) may pass through a controller as part of an answer; reading or
   * writing the store may not.
   */
  private static final DescribedPredicate<JavaClass> STORE_COMPONENTS =
      DescribedPredicate.describe(
          "store components",
          c ->
              c.getPackageName().startsWith("org.cocontrol.store")
                  && c.getEnclosingClass().isEmpty());

  private static final DescribedPredicate<JavaClass> CONTROLLERS =
      DescribedPredicate.describe(
          "controllers",
          c ->
              c.isAnnotatedWith(RestController.class)
                  || c.getEnclosingClass()
                      .map(e -> e.isAnnotatedWith(RestController.class))
                      .orElse(false));

  @Test
  void controllersReachTheStoreOnlyThroughServices() {
    noClasses()
        .that(CONTROLLERS)
        .should()
        .dependOnClassesThat(STORE_COMPONENTS)
        .because(
            "a controller maps a request and shapes the answer; the service behind it holds the rule and the store")
        .check(server);
  }

  /**
   * Classes still writing or checking files themselves. PENDING, each to move to io: the progress
   * sheet and the assessment workbook (xlsx written with POI) and the evidence check (which opens
   * Office files to judge them). Remove each as it moves; the rule then holds for the whole server.
   */
  private static final Set<String> PENDING_IO =
      Set.of(
          "org.cocontrol.server.plan.ProgressSheet",
          "org.cocontrol.server.plan.AssessmentWorkbook",
          "org.cocontrol.server.plan.EvidenceFiles");

  @Test
  void spreadsheetsAndCsvAreReadAndWrittenInIoOnly() {
    noClasses()
        .that(
            DescribedPredicate.describe(
                "not pending io",
                c ->
                    !PENDING_IO.contains(c.getName())
                        && !c.getEnclosingClass()
                            .map(e -> PENDING_IO.contains(e.getName()))
                            .orElse(false)))
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.apache.poi..", "org.apache.commons.csv..")
        .because(
            "one located-table reader and writer (io) for every file format, so every problem has its row and column")
        .check(server);
  }

  @Test
  void plansDoNotDependOnInventories() {
    noClasses()
        .that()
        .resideInAPackage("org.cocontrol.server.plan..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.cocontrol.server.inventory..")
        .because(
            "plan values read inventories through the read side in core, not through another feature's controllers")
        .check(server);
  }

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("org.cocontrol.server.(*)..").should().beFreeOfCycles().check(server);
  }
}
