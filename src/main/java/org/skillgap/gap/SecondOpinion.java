package org.skillgap.gap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Review;
import org.skillgap.model.Skill;

/**
 * The person's own ratings beside a reviewer's, skill by skill: where they differ by
 * {@link #BIG} levels or more comes first, the biggest difference at the top.
 */
public final class SecondOpinion {

    /** A difference this size is worth a conversation: a level apart is the usual noise of rating. */
    public static final int BIG = 2;

    /**
     * One skill both rated or the reviewer rated.
     *
     * @param self -1 when the person has not rated it
     */
    public record Difference(String skillId, int self, int reviewer) {

        public int size() {
            return self < 0 ? 0 : Math.abs(reviewer - self);
        }

        public boolean big() {
            return size() >= BIG;
        }
    }

    private SecondOpinion() {
    }

    /** Every skill of {@code catalog} the reviewer judged, disagreements first, then in catalog order. */
    public static List<Difference> compare(Catalog catalog, Assessment self, Review review) {
        List<Difference> all = new ArrayList<>();
        for (Skill skill : catalog.skills()) {
            Integer level = review.ratings().get(skill.id());
            if (level != null) {
                all.add(new Difference(skill.id(), self.rating(skill.id()).orElse(-1), level));
            }
        }
        all.sort(Comparator.comparing((Difference d) -> !d.big()).thenComparing(d -> -d.size()));
        return all;
    }

    /** Only the disagreements of {@link #BIG} levels or more, biggest first. */
    public static List<Difference> disagreements(Catalog catalog, Assessment self, Review review) {
        return compare(catalog, self, review).stream().filter(Difference::big).toList();
    }
}
