package org.incidentatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The layers of GUIDE.md section 2: arrows only point down. */
class ArchitectureTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.incidentatlas");
    }

    @Test
    void layersOnlyDependDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("app").definedBy("org.incidentatlas.app..")
                .layer("ui").definedBy("org.incidentatlas.ui..")
                .layer("map").definedBy("org.incidentatlas.map..")
                .layer("export").definedBy("org.incidentatlas.export..")
                .layer("render").definedBy("org.incidentatlas.render..")
                .layer("index").definedBy("org.incidentatlas.index..")
                .layer("ingest").definedBy("org.incidentatlas.ingest..")
                .layer("store").definedBy("org.incidentatlas.store..")
                .layer("domain").definedBy("org.incidentatlas.domain..")
                .whereLayer("app").mayNotBeAccessedByAnyLayer()
                .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
                .whereLayer("map").mayOnlyBeAccessedByLayers("app", "ui")
                .whereLayer("export").mayOnlyBeAccessedByLayers("app", "ui", "map")
                .whereLayer("render").mayOnlyBeAccessedByLayers("app", "ui", "map", "export")
                .whereLayer("index").mayOnlyBeAccessedByLayers("app", "ui", "map", "export", "render")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("app", "ui", "map", "export", "render", "index")
                .whereLayer("store").mayOnlyBeAccessedByLayers("app", "ui", "map", "export", "render", "index",
                        "ingest")
                .check(classes);
    }

    @Test
    void domainDependsOnNothingButTheJdk() {
        noClasses().that().resideInAPackage("org.incidentatlas.domain..")
                .should().dependOnClassesThat().resideOutsideOfPackages("org.incidentatlas.domain..", "java..")
                .check(classes);
    }

    @Test
    void backgroundLayersNeverUseJavaFx() {
        noClasses().that().resideInAnyPackage("org.incidentatlas.domain..", "org.incidentatlas.store..",
                "org.incidentatlas.ingest..", "org.incidentatlas.index..", "org.incidentatlas.render..",
                "org.incidentatlas.export..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .check(classes);
    }

    @Test
    void userInterfaceNeverUsesJdbc() {
        noClasses().that().resideInAnyPackage("org.incidentatlas.ui..", "org.incidentatlas.map..")
                .should().dependOnClassesThat().resideInAPackage("java.sql..")
                .check(classes);
    }
}
