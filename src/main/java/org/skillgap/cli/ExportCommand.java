package org.skillgap.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

import org.skillgap.model.Messages;
import org.skillgap.transfer.DataExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code skillgap export FILE.json}: everything the person entered, in one file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write all your data (profile, ratings with history, notes, plan statuses, settings) to a JSON file.")
final class ExportCommand extends Subcommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE.json", description = "Where to write the data.")
    Path file;

    @Override
    public Integer call() {
        try (Workspace ws = Workspace.open(root)) {
            Path target = file.toAbsolutePath().normalize();
            DataExport.write(ws.store.readAll(), ws.catalog.catalogVersion(), Instant.now(), target);
            out().println(Messages.get("cli.export.done", target));
            out().flush();
        }
        return SkillGapCommand.OK;
    }
}
