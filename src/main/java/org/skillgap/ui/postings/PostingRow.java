package org.skillgap.ui.postings;

import org.skillgap.gap.GapReport;
import org.skillgap.model.Messages;
import org.skillgap.model.SavedPosting;
import org.skillgap.posting.Posting;

/**
 * A kept posting as the list shows it: read against the catalog, with the person's fit for it.
 *
 * @param followed whether Assess, Plan, Progress and the PDF measure against it now
 */
public record PostingRow(SavedPosting saved, Posting posting, GapReport fit, boolean followed) {

    public long id() {
        return saved.id();
    }

    /** What a screen reader says for the row: "Data PM, fit 42 %, 2 blockers, followed". */
    public String accessibleText() {
        return Messages.get("postings.row.accessible", saved.title(), fit.readinessPercent(), fit.blockers().size(),
                followed ? 1 : 0);
    }
}
