package org.skillgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.skillgap.model.BadInputException;
import org.skillgap.model.Messages;
import org.skillgap.model.Profile;
import org.skillgap.model.TargetProfile;
import org.skillgap.report.PageSize;
import org.skillgap.report.PlanPdf;
import org.skillgap.report.PlanReports;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skillgap pdf FILE.pdf}: the personal plan as a PDF, without a screen. */
@Command(name = "pdf", description = "Export your plan as a PDF.")
final class PdfCommand extends WorkspaceCommand {

    @Parameters(descriptionKey = "file", paramLabel = "FILE.pdf", description = "Where to write the PDF.")
    Path file;

    @Option(names = "--page-size", paramLabel = "SIZE",
            description = "a4 or letter (default: your setting, else what is usual where you live).")
    String pageSize;

    @Mixin
    PostingOption posting = new PostingOption();

    @Override
    void run(Workspace ws, PrintWriter out) {
        Profile profile = ws.requireProfile();
        PageSize size = pageSize == null
                ? PlanReports.pageSizeFrom(Optional.ofNullable(ws.data().settings().get(PlanReports.PAGE_SIZE_SETTING)), Locale.getDefault())
                : parse(pageSize);
        Path target = file.toAbsolutePath().normalize();
        TargetProfile goal = posting.target(ws);
        PlanPdf.write(PlanReports.gather(ws.catalog, profile, goal, ws.assessment(), ws.statuses(), ws.held(),
                ws.notes(), LocalDate.now(), size).withEvidence(ws.data().evidence(), ws.data().reviews(), ws.assessment()),
                target);
        out.println(Messages.get("cli.pdf.done", target));
    }

    private static PageSize parse(String text) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "a4" -> PageSize.A4;
            case "letter", "us-letter" -> PageSize.LETTER;
            default -> throw new BadInputException(Messages.get("cli.pdf.pageSize", text));
        };
    }
}
