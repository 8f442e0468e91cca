package io.turnaround.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layering of the brief, checked on every build. */
class ArchitectureTest {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.turnaround");

    @Test
    void theDomainUsesNoJavaFxNoSqlAndNoOtherLayer() {
        noClasses().that().resideInAPackage("io.turnaround.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "org.sqlite..",
                        "com.fasterxml..", "io.turnaround.store..", "io.turnaround.ui..", "io.turnaround.export..",
                        "io.turnaround.cli..", "io.turnaround.app..")
                .check(CLASSES);
    }

    @Test
    void theStoreKnowsNothingOfScreensOrExports() {
        noClasses().that().resideInAPackage("io.turnaround.store..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.turnaround.ui..", "io.turnaround.export..",
                        "io.turnaround.cli..", "io.turnaround.app..")
                .check(CLASSES);
    }

    @Test
    void exportsAndTheCommandLineUseNoJavaFx() {
        noClasses().that().resideInAnyPackage("io.turnaround.export..", "io.turnaround.cli..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "io.turnaround.ui..")
                .check(CLASSES);
    }

    @Test
    void theUiReachesTheStoreOnlyThroughItsPublicInterface() {
        classes().that().resideInAPackage("io.turnaround.ui..")
                .should().onlyDependOnClassesThat(
                        com.tngtech.archunit.base.DescribedPredicate.not(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("io.turnaround.store..")
                                        .and(com.tngtech.archunit.base.DescribedPredicate.not(
                                                com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("CaseStore")
                                                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("StoreException"))
                                                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("ConcurrentEditException"))
                                                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("ConnectionLostException"))
                                                        .or(com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName("SettingsStore"))))))
                .check(CLASSES);
        noClasses().that().resideInAPackage("io.turnaround.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..")
                .check(CLASSES);
    }

    @Test
    void stepScreensDoNotDependOnEachOther() {
        slices().matching("io.turnaround.ui.(*)..")
                .should().notDependOnEachOther()
                .ignoreDependency(com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage("io.turnaround.ui.wizard..",
                        "io.turnaround.ui.main.."), com.tngtech.archunit.base.DescribedPredicate.alwaysTrue())
                .ignoreDependency(com.tngtech.archunit.base.DescribedPredicate.alwaysTrue(),
                        com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage("io.turnaround.ui.common.."))
                .check(CLASSES);
    }

    @Test
    void noPackageCycles() {
        slices().matching("io.turnaround.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void noStaticMutableState() {
        classes().that().resideInAPackage("io.turnaround..")
                .should(new com.tngtech.archunit.lang.ArchCondition<>("have no static non-final fields") {
                    @Override
                    public void check(com.tngtech.archunit.core.domain.JavaClass item, com.tngtech.archunit.lang.ConditionEvents events) {
                        item.getFields().stream()
                                .filter(f -> f.getModifiers().contains(JavaModifier.STATIC) && !f.getModifiers().contains(JavaModifier.FINAL))
                                .forEach(f -> events.add(com.tngtech.archunit.lang.SimpleConditionEvent.violated(f, f.getFullName())));
                    }
                })
                .check(CLASSES);
    }

    /** The threading contract (docs/decisions/0005-threading.md): one way onto the UI thread, one worker for the store. */
    @Test
    void onlyTheUiCommonPackageHandsWorkToTheFxThread() {
        noClasses().that().resideOutsideOfPackage("io.turnaround.ui.common..")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("results of background work arrive on the UI thread through BackgroundTasks, and other hops through UiThread")
                .check(CLASSES);
    }

    @Test
    void threadsAreStartedOnlyWhereTheContractSaysWhy() {
        noClasses().that().doNotHaveFullyQualifiedName("io.turnaround.ui.common.BackgroundTasks")
                .and().doNotHaveFullyQualifiedName("io.turnaround.ui.common.Prepared")
                .and().doNotHaveFullyQualifiedName("io.turnaround.ui.common.FxDialogService")
                .and().doNotHaveFullyQualifiedName("io.turnaround.app.DesktopLauncher")
                .and().doNotHaveFullyQualifiedName("io.turnaround.app.DesktopLauncher$Opening")
                .and().doNotHaveFullyQualifiedName("io.turnaround.app.SingleInstance")
                .and().doNotHaveFullyQualifiedName("io.turnaround.store.LiveUpdates")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaConstructorCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo(Thread.class))))
                .because("background work goes through BackgroundTasks; each other thread says in one line why it cannot")
                .check(CLASSES);
    }
}
