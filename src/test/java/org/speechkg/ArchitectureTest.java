package org.speechkg;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.List;

/**
 * The pipeline's stages, in order. A stage may depend only on earlier stages and on vocab; nothing depends
 * on cli (it wires everything); vocab depends on no stage. Stages that do not exist yet (browse, export…)
 * are optional layers, so the rules hold as packages appear. Test classes are not checked.
 */
@AnalyzeClasses(packages = "org.speechkg", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
    /** In pipeline order; vocab first because every stage may use it. */
    static final List<String> STAGES = List.of(
            "vocab", "ingest", "clean", "extract", "resolve", "rdf", "store", "serve", "browse", "export", "cli");

    private static String pkg(String stage) {
        return "org.speechkg." + stage + "..";
    }

    @ArchTest
    static final ArchRule stagesDependOnlyOnEarlierStages = layers();

    @ArchTest
    static final ArchRule nothingDependsOnCli = noClasses()
            .that().resideOutsideOfPackage(pkg("cli"))
            .should().dependOnClassesThat().resideInAPackage(pkg("cli"))
            .because("cli wires the stages together; a stage that needs cli has its dependency backwards");

    @ArchTest
    static final ArchRule vocabDependsOnNoStage = noClasses()
            .that().resideInAPackage(pkg("vocab"))
            .should().dependOnClassesThat().resideInAnyPackage(
                    STAGES.stream().filter(s -> !s.equals("vocab")).map(ArchitectureTest::pkg).toArray(String[]::new))
            .because("vocab only names ontology terms; every stage may use it, so it may use none");

    private static ArchRule layers() {
        LayeredArchitecture arch = Architectures.layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                .withOptionalLayers(true);
        for (String s : STAGES) {
            arch = arch.layer(s).definedBy(pkg(s));
        }
        for (int i = 0; i < STAGES.size(); i++) {
            String[] earlier = STAGES.subList(0, i).toArray(String[]::new);
            arch = earlier.length == 0
                    ? arch.whereLayer(STAGES.get(i)).mayNotAccessAnyLayer()
                    : arch.whereLayer(STAGES.get(i)).mayOnlyAccessLayers(earlier);
        }
        return arch.whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .because("stages run in the order " + String.join(" → ", STAGES) + " and may only use earlier ones")
                .allowEmptyShould(true);
    }
}
