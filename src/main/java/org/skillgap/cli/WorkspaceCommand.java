package org.skillgap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** A subcommand that is one piece of work on the person's data (see {@link Subcommand#inWorkspace}). */
abstract class WorkspaceCommand extends Subcommand implements Callable<Integer> {

    @Override
    public final Integer call() throws Exception {
        return inWorkspace(this::run);
    }

    abstract void run(Workspace ws, PrintWriter out) throws Exception;
}
