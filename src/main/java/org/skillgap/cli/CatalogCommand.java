package org.skillgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


import org.skillgap.catalog.Catalogs;
import org.skillgap.catalog.ModellingRules;
import org.skillgap.model.Catalog;
import org.skillgap.model.Messages;
import org.skillgap.model.Skill;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code skillgap catalog list|check}: look at the catalog in use, or check a coach's file before using it. */
@Command(name = "catalog", description = "Show the catalog of skills, or check a catalog file.")
public class CatalogCommand extends Subcommand {

    @Command(name = "list", description = "List the skills of the catalog in use (id, category, name), by category.")
    int list(@Option(names = "--json", description = "Print a JSON array of {id, category, name}.") boolean json) {
        List<Skill> skills = root.catalog().skills().stream()
                .sorted(Comparator.comparing(Skill::category)) // stable: catalog order within a category
                .toList();
        PrintWriter out = out();
        if (json) {
            out.println(toJson(skills));
        } else {
            int width = skills.stream().mapToInt(s -> s.id().length()).max().orElse(0);
            for (Skill s : skills) {
                out.printf("%-" + width + "s  %-10s  %s%n", s.id(), s.category().id(), s.name());
            }
        }
        out.flush();
        return SkillGapCommand.OK;
    }

    @Command(name = "check",
            description = "Check a catalog file and its modelling rules: prints a summary and any warnings and "
                    + "exits 0, or lists every problem or modelling error and exits 2.")
    int check(@Parameters(descriptionKey = "file", paramLabel = "FILE",
                      description = "The catalog JSON file to check.") Path file) {
        // A structurally bad file throws CatalogException, which the root command prints, one problem a line, exit 2.
        List<ModellingRules.Finding> findings = ModellingRules.check(file);
        Catalog catalog = Catalogs.load(file);
        String name = file.toString();
        List<ModellingRules.Finding> errors = findings.stream()
                .filter(f -> f.severity() == ModellingRules.Severity.ERROR).toList();
        List<ModellingRules.Finding> warnings = findings.stream()
                .filter(f -> f.severity() == ModellingRules.Severity.WARNING).toList();
        if (!errors.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(Messages.get("cli.catalog.check.errors", name, errors.size()));
            findings.forEach(f -> err.println(f.describe(name)));
            err.flush();
            return SkillGapCommand.BAD_INPUT;
        }
        PrintWriter out = out();
        out.println(Messages.get("cli.catalog.check.ok", catalog.skills().size(), catalog.profiles().size(),
                catalog.backgrounds().size(), catalog.items().size(), catalog.catalogVersion()));
        Catalogs.translationsBeside(file, catalog, Messages.LANGUAGES.subList(1, Messages.LANGUAGES.size()))
                .forEach((language, translation) -> out.println(Messages.get("cli.catalog.check.translation",
                        language.getLanguage(), language.getDisplayLanguage(language), translation.untranslated(catalog).size())));
        if (!warnings.isEmpty()) {
            out.println(Messages.get("cli.catalog.check.warnings", warnings.size()));
            warnings.forEach(f -> out.println(f.describe(name)));
        }
        out.flush();
        return SkillGapCommand.OK;
    }

    private static String toJson(List<Skill> skills) {
        List<Map<String, String>> rows = skills.stream().map(s -> {
            Map<String, String> row = new LinkedHashMap<>();
            row.put("id", s.id());
            row.put("category", s.category().id());
            row.put("name", s.name());
            return row;
        }).toList();
        return JsonOutput.write(rows);
    }
}
