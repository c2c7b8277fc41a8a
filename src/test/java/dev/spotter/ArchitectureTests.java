package dev.spotter;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The conventions of ENGINEERING.md that a compiler cannot check. */
class ArchitectureTests {

    private static final JavaClasses SPOTTER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.spotter");

    @Test
    void scienceEnginesAndSolversStayFreeOfSpringAndJdbc() {
        // package-info may carry Spring Modulith's module metadata; the rule is about code.
        ArchRule rule = noClasses().that().resideInAnyPackage("..science..", "..engine..", "..solver..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta.servlet..", "jakarta.persistence..")
                .allowEmptyShould(true)
                .because("science and engines are plain Java that a reader can test without Spring");
        rule.check(SPOTTER);
    }

    @Test
    void nothingUsesJpa() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "org.hibernate..")
                .because("SQL is explicit: Spring Data JDBC or JdbcClient")
                .check(SPOTTER);
    }

    @Test
    void controllersLiveInWebOrApiPackages() {
        noClasses().that().areAnnotatedWith(org.springframework.stereotype.Controller.class)
                .or().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideOutsideOfPackages("..web..", "..api..")
                .check(SPOTTER);
    }

    @Test
    void webAndApiLayersDoNotTalkToTheDatabaseDirectly() {
        noClasses().that().resideInAnyPackage("..web..", "..api..")
                .and().resideOutsideOfPackage("dev.spotter.platform..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
                .check(SPOTTER);
    }

    @Test
    void noClassNamesFromOutsideTheTrainersWorld() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(SPOTTER);
    }
}
