package org.skillgap.ui;

import javafx.scene.Node;
import javafx.scene.control.Cell;

/**
 * The height a list cell needs for wrapped text. A cell that shows only a graphic asks that
 * graphic for its height without a width, so a label that wraps is measured as one line and its
 * other lines are cut; measured at the width the list gives the row, it gets room for all of them.
 */
public final class WrappingCells {

    private WrappingCells() {
    }

    /** The preferred height of {@code cell} at {@code width}, or NaN when the cell should measure itself. */
    public static double prefHeight(Cell<?> cell, Node graphic, double width) {
        if (graphic == null || cell.getGraphic() != graphic || width <= 0) {
            return Double.NaN;
        }
        double inner = width - cell.snappedLeftInset() - cell.snappedRightInset();
        return graphic.prefHeight(inner) + cell.snappedTopInset() + cell.snappedBottomInset();
    }
}
