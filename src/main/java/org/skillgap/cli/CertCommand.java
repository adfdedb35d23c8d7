package org.skillgap.cli;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.skillgap.gap.HeldCertification;
import org.skillgap.model.Dates;
import org.skillgap.model.Messages;
import org.skillgap.model.Renewal;
import org.skillgap.service.Certifications;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgap cert add|list|remove}: the certifications the person holds, and when each is due
 * for renewal. The rules (a certification of the catalog, earned today at the latest) are
 * {@link Certifications}'; a refused change exits 2 with nothing changed.
 */
@Command(name = "cert",
        description = "The certifications you hold: add one with the date you earned it, list them with their "
                + "renewal dates, or remove one.")
final class CertCommand extends Subcommand {

    @Command(name = "add",
            description = "Record that you hold a certification (an item id, see 'plan'). It then counts as done, "
                    + "and its renewal is planned ahead of the due date.")
    int add(@Parameters(descriptionKey = "item", paramLabel = "ITEM",
                    description = "The certification's item id.") String item,
            @Option(names = "--earned", required = true, paramLabel = "YYYY-MM-DD",
                    description = "The day you earned it; not in the future.") String earned) throws Exception {
        LocalDate date = Certifications.parseDate(earned);
        return inWorkspace((ws, out) -> {
            String id = Certifications.hold(ws.catalog, ws.store, item, date, LocalDate.now());
            HeldCertification held = new HeldCertification(ws.catalog.item(id).orElseThrow(), date);
            out.println(Messages.get("cli.cert.added", held.item().title(), held.heldText()));
            held.renewalText().ifPresent(out::println);
        });
    }

    @Command(name = "remove", description = "Forget a certification you recorded as held.")
    int remove(@Parameters(descriptionKey = "item", paramLabel = "ITEM",
                       description = "The certification's item id.") String item) throws Exception {
        return inWorkspace((ws, out) -> {
            String id = Certifications.release(ws.catalog, ws.store, item);
            out.println(Messages.get("cli.cert.removed", ws.catalog.item(id).map(i -> i.title()).orElse(id)));
        });
    }

    @Command(name = "list", description = "The certifications you hold, with the date earned and the renewal due date.")
    int list(@Option(names = "--json", description = "Print a JSON array of {item, earned, renewBy, renewal}.")
             boolean json) throws Exception {
        return inWorkspace((ws, out) -> {
            Map<String, LocalDate> held = ws.data().heldCertifications();
            if (json) {
                out.println(JsonOutput.write(held.entrySet().stream()
                        .map(h -> HeldJson.of(h.getKey(), h.getValue(), of(ws, h.getKey(), h.getValue()))).toList()));
            } else if (held.isEmpty()) {
                out.println(Messages.get("cli.cert.none"));
            } else {
                held.forEach((id, earned) -> {
                    Optional<HeldCertification> cert = of(ws, id, earned);
                    out.println(cert.map(h -> h.item().title()).orElse(id) + "   id: " + id);
                    out.println("      " + cert.map(HeldCertification::heldText)
                            .orElseGet(() -> Messages.get("cli.cert.retired", Dates.format(earned))));
                    cert.flatMap(HeldCertification::renewalText).ifPresent(text -> out.println("      " + text));
                });
            }
        });
    }

    /** The held certification, when the catalog in use still has it as one. */
    private static Optional<HeldCertification> of(Workspace ws, String id, LocalDate earned) {
        return Certifications.certification(ws.catalog, id).map(item -> new HeldCertification(item, earned));
    }

    /** What renewing takes, from the catalog's rule: when to start, every how many months, credits and fee. */
    record RenewalJson(String start, int periodMonths, int credits, String creditUnit, int feeUsd, String needs) {

        static RenewalJson of(HeldCertification held) {
            Renewal rule = held.item().renewalRule();
            return new RenewalJson(held.renewalStart().orElseThrow().toString(), rule.periodMonths(), rule.credits(),
                    rule.creditUnit(), rule.feeUsd(), held.renewalNeeds());
        }
    }

    /** ISO dates for scripts; renewBy and renewal are null when it never expires or the rule is not known. */
    record HeldJson(String item, String earned, String renewBy, RenewalJson renewal) {

        static HeldJson of(String id, LocalDate earned, Optional<HeldCertification> cert) {
            return new HeldJson(id, earned.toString(),
                    cert.flatMap(HeldCertification::renewBy).map(LocalDate::toString).orElse(null),
                    cert.filter(h -> h.renewBy().isPresent()).map(RenewalJson::of).orElse(null));
        }
    }
}
