package org.skillgap.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextSizeTest {

    @Test
    void textSizeStopsAtItsLargestAndSmallestStepAndABadSavedSizeIsTheNormalOne() {
        TextSize sizes = new TextSize();
        for (int i = 0; i < 10; i++) {
            sizes.larger();
        }
        assertThat(sizes.percentProperty().get()).isEqualTo(200);
        for (int i = 0; i < 10; i++) {
            sizes.smaller();
        }
        assertThat(sizes.percentProperty().get()).isEqualTo(90);
        sizes.use("150");
        assertThat(sizes.percentProperty().get()).isEqualTo(150);
        sizes.use("huge");
        assertThat(sizes.percentProperty().get()).isEqualTo(100);
    }
}
