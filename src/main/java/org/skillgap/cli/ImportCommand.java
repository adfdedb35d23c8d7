package org.skillgap.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.skillgap.model.Messages;
import org.skillgap.model.UserData;
import org.skillgap.report.DataImport;
import org.skillgap.store.Backups;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code skillgap import FILE.json}: the whole file is checked first; then the current data is
 * backed up and replaced in one transaction. A bad file changes nothing.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Replace your data with the data in a JSON file written by 'export'. Your current data is backed up first.")
final class ImportCommand extends CommandOutput implements Callable<Integer> {

    @ParentCommand
    SkillGapCommand root;

    @Parameters(paramLabel = "FILE.json", description = "A file written by 'skillgap export'.")
    Path file;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(root)) {
            UserData data = DataImport.read(file, ws.catalog);
            Path backup = Backups.backupNow(ws.folder, ws.store, Clock.systemDefaultZone());
            ws.store.replaceAll(data);
            out().println(Messages.get("cli.import.done", file, data.ratings().size(), data.history().size(),
                    data.items().size()));
            out().println(Messages.get("cli.import.backup", backup));
            out().flush();
        }
        return SkillGapCommand.OK;
    }
}
