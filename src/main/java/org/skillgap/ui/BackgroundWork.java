package org.skillgap.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (disk, PDF) away from the UI thread and hands the result back on it, showing the
 * person what is going on meanwhile. Tests run it inline.
 */
public interface BackgroundWork {

    <T> void run(String busyMessage, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);
}
