package org.skillgap.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.skillgap.gap.GapReport;
import org.skillgap.gap.Plan;
import org.skillgap.model.Assessment;
import org.skillgap.model.Catalog;
import org.skillgap.model.Evidence;
import org.skillgap.model.Profile;
import org.skillgap.model.Reviews;

/**
 * Everything a PDF plan shows, gathered by the caller.
 *
 * @param targetName     display name of the target role, e.g. "IT Product Manager"
 * @param backgroundName display name of the starting background, e.g. "QA analyst"
 * @param date           the date printed on the plan
 * @param notes          the person's note per skill id (skills without a note are absent)
 * @param catalog        for the names of skills that notes and plan items refer to
 * @param evidence       what backs the ratings, shown as a portfolio of case studies
 * @param reviews        second opinions; the latest is shown beside the own ratings
 * @param assessment     the own ratings, for that comparison
 */
public record PlanReportData(Profile profile, String targetName, String backgroundName, LocalDate date,
                             GapReport gaps, Plan plan, Map<String, String> notes, Catalog catalog,
                             PageSize pageSize, List<Evidence> evidence, Reviews reviews, Assessment assessment) {

    /** A plan without evidence or reviews. */
    public PlanReportData(Profile profile, String targetName, String backgroundName, LocalDate date,
                          GapReport gaps, Plan plan, Map<String, String> notes, Catalog catalog, PageSize pageSize) {
        this(profile, targetName, backgroundName, date, gaps, plan, notes, catalog, pageSize, List.of(), Reviews.NONE,
                Assessment.EMPTY);
    }

    public PlanReportData {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(gaps, "gaps");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(pageSize, "pageSize");
        targetName = targetName == null ? "" : targetName;
        backgroundName = backgroundName == null ? "" : backgroundName;
        notes = Map.copyOf(notes);
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(reviews, "reviews");
        Objects.requireNonNull(assessment, "assessment");
    }

    public PlanReportData withPageSize(PageSize newSize) {
        return new PlanReportData(profile, targetName, backgroundName, date, gaps, plan, notes, catalog, newSize,
                evidence, reviews, assessment);
    }

    public PlanReportData withEvidence(List<Evidence> newEvidence, Reviews newReviews, Assessment own) {
        return new PlanReportData(profile, targetName, backgroundName, date, gaps, plan, notes, catalog, pageSize,
                newEvidence, newReviews, own);
    }
}
