package org.incidentatlas;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md: arrows only point down, the index is fed rows rather than querying, views read
 * no store types, a helper lives in the layer that owns it, and one idea has one type.
 */
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
                .layer("json").definedBy("org.incidentatlas.json..")
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
                .whereLayer("json").mayOnlyBeAccessedByLayers("app", "ui", "map", "export", "render", "index",
                        "ingest", "store")
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

    @Test
    void theIndexIsBuiltFromRowsTheStoreHandsItNeverByQuerying() {
        noClasses().that().resideInAPackage("org.incidentatlas.index..")
                .should().dependOnClassesThat().resideInAnyPackage("org.incidentatlas.store..", "java.sql..")
                .because("the store hands the index its rows (TimeIndexBuilder.from(repository::scanPoints))")
                .check(classes);
    }

    @Test
    void viewsReadNoStoreTypes() {
        noClasses().that().resideInAnyPackage("org.incidentatlas.ui..", "org.incidentatlas.map..")
                .should().dependOnClassesThat().resideInAPackage("org.incidentatlas.store..")
                .because("views get their data through AtlasData and domain records")
                .check(classes);
    }

    @Test
    void helpersLiveInTheLayerThatOwnsThem() {
        noClasses().that().resideInAnyPackage("org.incidentatlas.export..", "org.incidentatlas.render..",
                "org.incidentatlas.map..", "org.incidentatlas.index..")
                .should().dependOnClassesThat().resideInAPackage("org.incidentatlas.ingest..")
                .because("progress, projection and file helpers shared by import and export live in domain or "
                        + "export, not in ingest")
                .check(classes);
        noClasses().that().resideInAPackage("org.incidentatlas.export..")
                .should().dependOnClassesThat(JavaClass.Predicates.resideInAPackage("org.incidentatlas.store..")
                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                JavaClass.Predicates.simpleName("IncidentRepository"))))
                .because("export reads incidents through IncidentRepository only; its file helpers are its own")
                .check(classes);
    }

    /**
     * Two enums with the same constants, or two records with the same components, are one idea written twice (as the
     * timeline's mode and the view file's mode once were): the second must use the first.
     */
    @Test
    void oneTypeForEachIdea() {
        Map<String, List<String>> byShape = new TreeMap<>();
        for (JavaClass c : classes) {
            String shape = shape(c);
            if (shape != null) {
                byShape.computeIfAbsent(shape, k -> new java.util.ArrayList<>()).add(c.getName());
            }
        }
        Map<String, List<String>> twice = byShape.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
        assertEquals(Map.of(), twice, "types that say the same thing");
    }

    /**
     * A kind or a mode is a closed set of values: an enum, not text checked against a list (as the view file's basemap
     * kind once was, beside the window's enum of the same kinds).
     */
    @Test
    void kindsAndModesAreEnumsNotText() {
        List<String> text = new java.util.ArrayList<>();
        for (JavaClass c : classes) {
            if (c.isRecord()) {
                c.getAllFields().stream().filter(f -> f.getName().equals("kind") || f.getName().equals("mode"))
                        .filter(f -> f.getRawType().isEquivalentTo(String.class))
                        .forEach(f -> text.add(c.getName() + "." + f.getName()));
            }
        }
        assertEquals(List.of(), text, "record components that name a kind or mode as text");
    }

    private static String shape(JavaClass c) {
        if (c.isEnum()) {
            return "enum " + c.getEnumConstants().stream().map(k -> k.name()).sorted().toList();
        }
        if (c.isRecord()) {
            return "record " + c.getAllFields().stream().filter(f -> !f.getModifiers()
                    .contains(com.tngtech.archunit.core.domain.JavaModifier.STATIC))
                    .map(f -> f.getRawType().getName() + " " + f.getName()).sorted().toList();
        }
        return null;
    }
}
