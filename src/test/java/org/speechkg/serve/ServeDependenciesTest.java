package org.speechkg.serve;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The server is a library for the CLI and for page modules (browse), not the other way round. */
class ServeDependenciesTest {
    static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.speechkg");

    @Test
    void serveDependsOnNeitherTheCliNorPageModules() {
        noClasses().that().resideInAPackage("org.speechkg.serve..")
                .should().dependOnClassesThat().resideInAnyPackage("org.speechkg.cli..", "org.speechkg.browse..")
                .check(MAIN);
    }
}
