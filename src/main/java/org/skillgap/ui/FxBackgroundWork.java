package org.skillgap.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/** Background work as a JavaFX Task on the given executor; the busy message shows in the status bar. */
public record FxBackgroundWork(Executor executor, StringProperty busyMessage) implements BackgroundWork {

    @Override
    public <T> void run(String message, Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        busyMessage.set(message);
        task.setOnSucceeded(e -> {
            busyMessage.set("");
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            busyMessage.set("");
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }
}
