package org.skillgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.skillgap.model.Messages;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;
import org.skillgap.store.SkillGapStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code skillgap backup [FILE]}: a consistent copy of the data, safe to take while the window is open. */
@Command(name = "backup",
        description = "Back up your data. Without FILE, into the backups folder of your data folder.")
public class BackupCommand extends Subcommand implements Callable<Integer> {

    @Parameters(descriptionKey = "file", arity = "0..1", paramLabel = "FILE",
            description = "Where to write the backup; must not exist yet.")
    Path file;

    @Override
    public Integer call() {
        DataFolder folder = root.dataFolder();
        Path written;
        try (SkillGapStore store = SkillGapStore.open(folder.database())) {
            if (file == null) {
                written = Backups.backupNow(folder, store, Clock.systemDefaultZone());
            } else {
                written = file.toAbsolutePath().normalize();
                store.backupTo(written);
            }
        }
        PrintWriter out = out();
        out.println(Messages.get("cli.backup.done", written));
        out.flush();
        return SkillGapCommand.OK;
    }
}
