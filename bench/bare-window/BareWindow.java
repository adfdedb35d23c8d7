import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The yardstick for SkillGap's start-up: a bare JavaFX window with one label, started the same
 * way as the app (a plain main class on the class path, not an Application subclass) and timed
 * the same way (prints shown-epoch-ms after the first pulse, then closes).
 */
public final class BareWindow {

    public static void main(String[] args) {
        Application.launch(Window.class, args);
        System.exit(0);
    }

    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            Scene scene = new Scene(new Label("Bare JavaFX window"), 1180, 760);
            stage.setScene(scene);
            stage.setTitle("BareWindow");
            stage.show();
            if (!Boolean.getBoolean("skillgap.startupProbe") && !Boolean.getBoolean("skillgap.exitAfterStart")) {
                return;
            }
            Runnable[] once = new Runnable[1];
            once[0] = () -> {
                scene.removePostLayoutPulseListener(once[0]);
                Platform.runLater(() -> {
                    if (Boolean.getBoolean("skillgap.startupProbe")) {
                        long now = System.currentTimeMillis();
                        long started = ProcessHandle.current().info().startInstant()
                                .map(i -> i.toEpochMilli()).orElse(now);
                        System.out.println("startup-ms=" + (now - started));
                        System.out.println("shown-epoch-ms=" + now);
                        System.out.flush();
                    }
                    stage.close();
                });
            };
            scene.addPostLayoutPulseListener(once[0]);
            Platform.requestNextPulse();
        }
    }
}
