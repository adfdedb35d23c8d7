package org.skillgap;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layer rule of ARCHITECTURE.md: model <- json <- catalog/gap/posting <- store/report/transfer <- service
 * <- ui/cli <- app, with {@code files} (the one atomic write) beside model at the bottom. {@code json}
 * is the app's one way to read a JSON file (mapper, limits, schemas, problems), used by the catalog
 * and the transfer. Every layer must hold classes,
 * so a renamed package fails here instead of becoming an empty layer that passes silently.
 */
@AnalyzeClasses(packages = "org.skillgap", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule layersDependOnlyDownwards = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .withOptionalLayers(false)
            .layer("model").definedBy("org.skillgap.model..")
            .layer("files").definedBy("org.skillgap.files..")
            .layer("json").definedBy("org.skillgap.json..")
            .layer("catalog").definedBy("org.skillgap.catalog..")
            .layer("gap").definedBy("org.skillgap.gap..")
            .layer("posting").definedBy("org.skillgap.posting..")
            .layer("store").definedBy("org.skillgap.store..")
            .layer("report").definedBy("org.skillgap.report..")
            .layer("transfer").definedBy("org.skillgap.transfer..")
            .layer("service").definedBy("org.skillgap.service..")
            .layer("ui").definedBy("org.skillgap.ui..")
            .layer("cli").definedBy("org.skillgap.cli..")
            .layer("app").definedBy("org.skillgap.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service", "ui", "cli", "app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("service", "ui", "cli", "app")
            .whereLayer("transfer").mayOnlyBeAccessedByLayers("service", "ui", "cli", "app")
            .whereLayer("catalog").mayOnlyBeAccessedByLayers("store", "report", "transfer", "service", "ui", "cli", "app")
            .whereLayer("gap").mayOnlyBeAccessedByLayers("store", "report", "transfer", "service", "ui", "cli", "app")
            .whereLayer("posting").mayOnlyBeAccessedByLayers("store", "report", "transfer", "service", "ui", "cli", "app")
            .whereLayer("json").mayOnlyBeAccessedByLayers("catalog", "store", "report", "transfer", "service", "ui", "cli", "app")
            .whereLayer("files").mayOnlyBeAccessedByLayers("json", "store", "report", "transfer", "service", "ui", "cli", "app");

    /**
     * The lowest layer writes files with the JDK alone, and the model's messages for a person, so
     * that anything above may use it.
     */
    @ArchTest
    static final ArchRule filesUseOnlyTheJdk = classes().that().resideInAPackage("org.skillgap.files..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.skillgap.files..", "org.skillgap.model..");

    /**
     * A ViewModel holds state as properties and is tested without the toolkit: javafx.beans and
     * javafx.collections are fine, controls and nodes are not. Inner classes count as the ViewModel.
     */
    @ArchTest
    static final ArchRule viewModelsTouchNoControls = noClasses().that().haveNameMatching(".*ViewModel(\\$.*)?")
            .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
            .because("a ViewModel never touches a control (ARCHITECTURE.md, Screens)");

    /**
     * Each screen package (ui.assess, ui.plan, ui.progress, ui.profile, ui.shell) stands alone; what
     * two screens share lives in org.skillgap.ui itself (Session, Dialogs, HoursField...), which is
     * no slice. The shell does not know the screens either: app wires them into it.
     */
    @ArchTest
    static final ArchRule screensDoNotDependOnEachOther = slices().matching("org.skillgap.ui.(*)..")
            .should().notDependOnEachOther();

    @ArchTest
    static final ArchRule modelUsesNoFrameworks = noClasses().that().resideInAPackage("org.skillgap.model..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..", "com.fasterxml..", "tools.jackson..");

    /** A posting is read from the catalog's model alone, like the gap: no other layer of the app. */
    @ArchTest
    static final ArchRule postingsUseOnlyTheModel = noClasses().that().resideInAPackage("org.skillgap.posting..")
            .should().dependOnClassesThat().resideInAnyPackage("org.skillgap.json..", "org.skillgap.files..",
                    "org.skillgap.catalog..", "org.skillgap.gap..", "org.skillgap.store..", "org.skillgap.report..",
                    "org.skillgap.transfer..", "org.skillgap.service..", "org.skillgap.ui..", "org.skillgap.cli..",
                    "org.skillgap.app..");

    @ArchTest
    static final ArchRule calculationIsPure = noClasses().that().resideInAnyPackage("org.skillgap.gap..", "org.skillgap.catalog..",
            "org.skillgap.posting..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.sql..");

    @ArchTest
    static final ArchRule onlyTheStoreTalksSql = noClasses().that().resideOutsideOfPackage("org.skillgap.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "org.sqlite..");

    @ArchTest
    static final ArchRule onlyScreensAndAppUseJavaFx = noClasses()
            .that().resideInAnyPackage("org.skillgap.model..", "org.skillgap.catalog..", "org.skillgap.gap..", "org.skillgap.posting..",
                    "org.skillgap.store..", "org.skillgap.report..", "org.skillgap.transfer..", "org.skillgap.json..",
                    "org.skillgap.service..", "org.skillgap.cli..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..");

    /**
     * SkillGap works offline and sends nothing anywhere: no sockets, no HTTP, no opening a URL.
     * URI, URL and Path as names of local files remain allowed.
     */
    @ArchTest
    static final ArchRule nothingTalksToTheNetwork = noClasses().that().resideInAPackage("org.skillgap..")
            .should().dependOnClassesThat().belongToAnyOf(java.net.Socket.class, java.net.ServerSocket.class,
                    java.net.DatagramSocket.class, java.net.MulticastSocket.class, java.net.URLConnection.class,
                    java.net.HttpURLConnection.class, java.net.JarURLConnection.class, java.net.SocketAddress.class,
                    java.net.InetAddress.class, java.net.Proxy.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..",
                    "java.nio.channels.spi..")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.SocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.ServerSocketChannel")
            .orShould().dependOnClassesThat().haveFullyQualifiedName("java.nio.channels.DatagramChannel")
            .orShould().callMethod(java.net.URL.class, "openStream")
            .orShould().callMethod(java.net.URL.class, "openConnection")
            .because("SkillGap keeps a person's self-assessment on their machine (README: works fully offline)");
}
