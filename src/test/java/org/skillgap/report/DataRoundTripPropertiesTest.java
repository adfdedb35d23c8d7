package org.skillgap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.skillgap.transfer.DataExport;
import org.skillgap.transfer.DataImport;
import org.skillgap.model.Catalog;
import org.skillgap.model.ItemStatus;
import org.skillgap.model.LearningItem;
import org.skillgap.model.Profile;
import org.skillgap.model.RatingChange;
import org.skillgap.model.Skill;
import org.skillgap.model.Texts;
import org.skillgap.model.UserData;

/** Whatever a person enters survives a move to another machine: export, then import, gives it back. */
class DataRoundTripPropertiesTest {

    private static final Catalog CATALOG = Persona.catalog();

    @Property(tries = 60)
    void importGivesBackWhatExportWrote(@ForAll("userData") UserData data) throws IOException {
        Path dir = Files.createTempDirectory("roundtrip");
        try {
            Path file = dir.resolve("data.json");
            DataExport.write(data, "2025.1", Instant.parse("2025-03-03T10:00:00Z"), file);

            assertThat(DataImport.read(file, CATALOG)).isEqualTo(data);
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.delete(p);
                }
            }
            Files.delete(dir);
        }
    }

    @Provide
    Arbitrary<UserData> userData() {
        List<String> skills = CATALOG.skills().stream().map(Skill::id).toList();
        List<String> items = CATALOG.items().stream().map(LearningItem::id).toList();
        Arbitrary<String> text = Arbitraries.strings().all().ofMaxLength(200)
                .filter(s -> s.codePoints().noneMatch(cp -> cp >= 0xD800 && cp <= 0xDFFF));
        // Names and notes as the store accepts them (model.Texts): any character but control characters.
        Arbitrary<String> name = text.filter(s -> Texts.nameProblem(s).isEmpty());
        Arbitrary<String> note = Arbitraries.oneOf(text, text.map(s -> s.replace('a', '\n').replace('b', '\t')))
                .filter(s -> Texts.noteProblem(s).isEmpty());
        Arbitrary<Optional<Profile>> profile = Combinators.combine(name,
                        Arbitraries.of(CATALOG.profiles()).map(p -> p.id()),
                        Arbitraries.of(CATALOG.backgrounds()).map(b -> b.id()),
                        Arbitraries.integers().between(Profile.MIN_HOURS, Profile.MAX_HOURS))
                .as(Profile::new).optional();
        Arbitrary<Map<String, Integer>> ratings = Arbitraries.maps(Arbitraries.of(skills),
                Arbitraries.integers().between(0, 5)).ofMaxSize(skills.size());
        Arbitrary<Map<String, String>> notes = Arbitraries.maps(Arbitraries.of(skills), note).ofMaxSize(5);
        Arbitrary<Map<String, ItemStatus>> statuses = Arbitraries.maps(Arbitraries.of(items),
                Arbitraries.of(ItemStatus.class)).ofMaxSize(items.size());
        Arbitrary<List<RatingChange>> history = Combinators.combine(Arbitraries.of(skills),
                        Arbitraries.integers().between(0, 5),
                        Arbitraries.longs().between(0, 4_102_444_800L), Arbitraries.integers().between(0, 999_999_999))
                .as((s, l, seconds, nanos) -> new RatingChange(s, l, Instant.ofEpochSecond(seconds, nanos)))
                .list().ofMaxSize(10).map(ArrayList::new);
        Arbitrary<Map<String, String>> settings = Arbitraries.maps(
                Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(20), text).ofMaxSize(4)
                .map(LinkedHashMap::new);
        return Combinators.combine(profile, ratings, notes, history, statuses, settings).as(UserData::new);
    }
}
