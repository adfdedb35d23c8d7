package org.skillgap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/**
 * A subcommand that works on the person's data: the data folder's store is opened for it and
 * closed after, what it prints is flushed, and it ends with exit code 0 unless it throws (bad
 * input exits 2, see {@link SkillGapCommand}).
 */
abstract class WorkspaceCommand extends Subcommand implements Callable<Integer> {

    @Override
    public final Integer call() throws Exception {
        try (Workspace ws = Workspace.open(root)) {
            PrintWriter out = out();
            run(ws, out);
            out.flush();
        }
        return SkillGapCommand.OK;
    }

    abstract void run(Workspace ws, PrintWriter out) throws Exception;
}
