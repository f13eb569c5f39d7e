package io.claimtracker.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.persistence.Entity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * Proves the layering holds: the packages under io.claimtracker depend on each other without cycles, and the
 * domain (services, entities, the detection core, shared domain types) knows nothing of HTTP, JAX-RS, Qute or the
 * web layer; only resources, pages and filters adapt it.
 */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importProductionClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.claimtracker");
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        ArchRule rule = slices().matching("io.claimtracker.(*)..").should().beFreeOfCycles();
        rule.check(classes);
    }

    @Test
    void servicesEntitiesAndTheDetectionCoreKnowNothingOfTheWeb() {
        ArchRule rule = noClasses().that().haveSimpleNameEndingWith("Service")
                .or().areAnnotatedWith(Entity.class)
                .or().resideInAnyPackage("io.claimtracker.conflict.detect..", "io.claimtracker.conflict.model..",
                        "io.claimtracker.conflict.candidate..", "io.claimtracker.common.failure..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "io.claimtracker.common.web..",
                        "io.claimtracker.web..", "io.quarkus.qute..", "io.vertx..", "org.jboss.resteasy..");
        rule.check(classes);
    }

    @Test
    void onlyTheWebLayerSitsAboveTheFeatures() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("io.claimtracker.web..")
                .should().dependOnClassesThat().resideInAPackage("io.claimtracker.web..");
        rule.check(classes);
    }
}
