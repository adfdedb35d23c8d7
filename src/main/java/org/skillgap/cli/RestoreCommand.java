package org.skillgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.skillgap.model.Messages;
import org.skillgap.store.Backups;
import org.skillgap.store.DataFolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code skillgap restore FILE}: puts a backup back, keeping the current data as a backup first. */
@Command(name = "restore",
        description = "Replace your data with a backup. Your current data is backed up first. Close the SkillGap window before.")
public class RestoreCommand extends Subcommand implements Callable<Integer> {

    @Parameters(descriptionKey = "file", paramLabel = "FILE",
            description = "The backup to restore, e.g. one from the backups folder.")
    Path file;

    @Override
    public Integer call() {
        DataFolder folder = root.dataFolder();
        Path source = file.toAbsolutePath().normalize();
        Optional<Path> before = Backups.restore(folder, source, Clock.systemDefaultZone());
        PrintWriter out = out();
        out.println(Messages.get("cli.restore.done", source));
        out.println(before.map(path -> Messages.get("cli.restore.before", path))
                .orElse(Messages.get("cli.restore.nothingBefore")));
        out.flush();
        return SkillGapCommand.OK;
    }
}
