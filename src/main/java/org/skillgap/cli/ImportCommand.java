package org.skillgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.skillgap.model.Catalog;
import org.skillgap.model.Messages;
import org.skillgap.model.RatingChange;
import org.skillgap.model.UserData;
import org.skillgap.transfer.DataImport;
import org.skillgap.store.Backups;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code skillgap import FILE.json}: the whole file is checked first; then the current data is
 * backed up and replaced in one transaction. A bad file changes nothing.
 */
@Command(name = "import",
        description = "Replace your data with the data in a JSON file written by 'export'. Your current data is backed up first.")
final class ImportCommand extends WorkspaceCommand {

    @Parameters(descriptionKey = "file", paramLabel = "FILE.json", description = "A file written by 'skillgap export'.")
    Path file;

    @Override
    void run(Workspace ws, PrintWriter out) {
        UserData data = DataImport.read(file, ws.catalog);
        Path backup = Backups.backupNow(ws.folder, ws.store, Clock.systemDefaultZone());
        ws.store.replaceAll(data);
        out.println(Messages.get("cli.import.done", file, data.ratings().size(), data.history().size(),
                data.items().size()));
        out.println(Messages.get("cli.import.backup", backup));
        List<String> retired = retired(data, ws.catalog);
        if (!retired.isEmpty()) {
            out.println(Messages.get("cli.import.retired", retired.size(), String.join(", ", retired)));
        }
    }

    /** Skills and items of the file that the catalog in use does not have: imported and kept all the same. */
    private static List<String> retired(UserData data, Catalog catalog) {
        Set<String> ids = new TreeSet<>();
        Stream.of(data.ratings().keySet().stream(), data.notes().keySet().stream(),
                        data.history().stream().map(RatingChange::skillId))
                .flatMap(s -> s).filter(id -> catalog.currentSkillId(id).isEmpty()).forEach(ids::add);
        data.items().keySet().stream().filter(id -> catalog.currentItemId(id).isEmpty()).forEach(ids::add);
        return List.copyOf(ids);
    }
}
