package org.skillgap.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowStateTest {

    @TempDir
    Path temp;

    @ParameterizedTest(name = "the default window on a {0}x{1} screen")
    @CsvSource({"1024, 700", "1366, 736", "800, 560"})
    void theDefaultWindowFitsSmallScreensWhole(double screenWidth, double screenHeight) {
        WindowState fitted = WindowState.DEFAULT.fitTo(0, 0, screenWidth, screenHeight);

        assertThat(fitted.width()).isLessThanOrEqualTo(screenWidth);
        assertThat(fitted.height()).isLessThanOrEqualTo(screenHeight);
        assertThat(fitted.x()).isBetween(0.0, screenWidth - fitted.width());
        assertThat(fitted.y()).isBetween(0.0, screenHeight - fitted.height());
    }

    @Test
    void aWindowLeftOnAScreenThatIsGoneIsBroughtBackAndCentred() {
        WindowState onAnUnpluggedMonitor = new WindowState(2400, 300, 1180, 760, false);

        WindowState fitted = onAnUnpluggedMonitor.fitTo(0, 0, 1366, 736);

        assertThat(fitted.x()).isEqualTo((1366 - 1180) / 2.0);
        assertThat(fitted.y()).isEqualTo((736 - 736) / 2.0 + 0);
        assertThat(fitted.height()).isEqualTo(736);
    }

    @Test
    void aWindowThatFitsWhereItWasStaysThere() {
        WindowState left = new WindowState(40, 30, 900, 600, false);

        assertThat(left.fitTo(0, 0, 1920, 1050)).isEqualTo(left);
    }

    @Test
    void aSavedWindowComesBackTheSame() throws Exception {
        WindowState left = new WindowState(40, 30, 900, 600, true);
        Path file = temp.resolve("window.properties");

        left.save(file);

        assertThat(WindowState.load(file)).isEqualTo(left);
    }
}
