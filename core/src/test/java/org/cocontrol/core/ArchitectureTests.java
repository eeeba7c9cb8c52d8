package org.cocontrol.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The core depends on nothing but the JDK: no framework, no I/O library, no logging. */
class ArchitectureTests {

  @Test
  void coreDependsOnlyOnTheJdk() {
    classes()
        .that()
        .resideInAPackage("org.cocontrol.core..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage(
            "org.cocontrol.core..", "java.lang..", "java.util..", "java.math..", "java.time..")
        .check(
            new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.cocontrol.core"));
  }
}
