package org.skillgap.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;

import org.skillgap.model.Messages;
import org.skillgap.transfer.DataExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code skillgap export FILE.json}: everything the person entered, in one file. */
@Command(name = "export",
        description = "Write all your data (profile, ratings with history, notes, plan statuses, settings) to a JSON file.")
final class ExportCommand extends WorkspaceCommand {

    @Parameters(descriptionKey = "file", paramLabel = "FILE.json", description = "Where to write the data.")
    Path file;

    @Override
    void run(Workspace ws, PrintWriter out) {
        Path target = file.toAbsolutePath().normalize();
        DataExport.write(ws.store.readAll(), ws.catalog.catalogVersion(), Instant.now(), target);
        out.println(Messages.get("cli.export.done", target));
    }
}
