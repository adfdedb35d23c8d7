package org.skillgap.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.MissingResourceException;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class LabelledEnumsTest {

    /** Every enum of the app with a label, found in the compiled classes so a new one cannot be forgotten. */
    private static List<Labelled> everyLabelledConstant() {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.skillgap").stream()
                .filter(c -> c.isEnum() && c.isAssignableTo(Labelled.class))
                .map(JavaClass::reflect)
                .flatMap(c -> Arrays.stream(c.getEnumConstants()))
                .map(Labelled.class::cast)
                .toList();
    }

    @Test
    void everyLabelledConstantHasItsLabelInTheBundle() {
        List<Labelled> constants = everyLabelledConstant();

        assertThat(constants).extracting(c -> c.getDeclaringClass().getSimpleName()).contains(
                "Category", "CostBand", "ItemStatus", "ItemType", "Level");
        assertThat(constants).allSatisfy(c -> {
            assertThat(Messages.has(c.messageKey())).as("%s in messages.properties", c.messageKey()).isTrue();
            assertThat(c.displayName()).isNotBlank().isNotEqualTo(c.messageKey());
        });
    }

    @Test
    void labelsComeFromTheBundle() {
        assertThat(ItemStatus.IN_PROGRESS.messageKey()).isEqualTo("enum.ItemStatus.IN_PROGRESS");
        assertThat(ItemStatus.IN_PROGRESS.displayName()).isEqualTo(Messages.get("enum.ItemStatus.IN_PROGRESS"));
        assertThat(ItemType.LEARNING.displayName()).isEqualTo("Continuous learning");
        assertThat(Level.of(3).displayName()).isEqualTo("Competent");
    }

    /** The codes are part of the files and the database since 0.1.0: they never change. */
    @Test
    void theCodesInFilesAreThoseOfRelease010() {
        assertThat(Stream.of(Category.values()).map(Coded::id)).containsExactly("technical", "business", "leadership");
        assertThat(Stream.of(CostBand.values()).map(Coded::id)).containsExactly("free", "low", "medium", "high");
        assertThat(Stream.of(ItemStatus.values()).map(Coded::id))
                .containsExactly("todo", "in-progress", "done", "skipped");
        assertThat(Stream.of(ItemType.values()).map(Coded::id)).containsExactly("certification", "degree", "course",
                "experience", "networking", "portfolio", "learning");
        assertThat(Stream.of(Scope.values()).map(Coded::id)).as("the catalog schema's scope codes")
                .containsExactly("team", "product-line", "organisation");
    }

    @Test
    void aCodeReadsBackAsItsConstantAndAnUnknownCodeAsNothing() {
        for (ItemStatus status : ItemStatus.values()) {
            assertThat(ItemStatus.fromId(status.id())).contains(status);
        }
        assertThat(ItemStatus.fromId("IN_PROGRESS")).isEmpty();
        assertThat(Coded.fromId(ItemType.class, "Course")).isEmpty();
        assertThat(Coded.fromId(Category.class, null)).isEmpty();
    }

    @Test
    void aMissingKeyFailsTheTestRunLoudly() {
        // The build sets the strict switch (pom.xml), so a key missing from the bundle is a failure here...
        assertThat(Boolean.getBoolean(Messages.STRICT_PROPERTY)).isTrue();
        assertThatThrownBy(() -> Messages.get("no.such.key")).isInstanceOf(MissingResourceException.class);
    }

    @Test
    void aMissingKeyShowsTheKeyToAPersonInsteadOfCrashing() {
        // ...while the app, without the switch, logs it and shows the key.
        String before = System.getProperty(Messages.STRICT_PROPERTY);
        System.clearProperty(Messages.STRICT_PROPERTY);
        try {
            assertThat(Messages.get("no.such.key", 3)).isEqualTo("no.such.key");
        } finally {
            if (before != null) {
                System.setProperty(Messages.STRICT_PROPERTY, before);
            }
        }
    }
}
