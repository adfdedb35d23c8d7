package org.skillgap.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Runs the work at once, on the caller's thread, and remembers what it said it was doing. */
public final class InlineWork implements BackgroundWork {

    public final List<String> messages = new CopyOnWriteArrayList<>();

    @Override
    public <T> void run(String busyMessage, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        messages.add(busyMessage);
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }
}
