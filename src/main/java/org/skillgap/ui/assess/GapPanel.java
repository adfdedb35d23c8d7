package org.skillgap.ui.assess;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

import org.skillgap.gap.SkillGap;
import org.skillgap.model.Category;
import org.skillgap.model.Messages;
import org.skillgap.ui.AfterFirstFrame;
import org.skillgap.ui.HoverTips;
import org.skillgap.ui.StyleClasses;
import org.skillgap.ui.WrappingLabel;
import org.skillgap.ui.WrappingLink;

/**
 * The right side of Assess: readiness for the target, per category, the biggest gaps and the
 * blockers, each a link to its skill in the list.
 */
final class GapPanel {

    private final AssessViewModel viewModel;
    private final Runnable toList;
    private final VBox panel = new VBox(10);
    private final Node node;
    private boolean blockersShown;

    /**
     * @param screenWidth the screen's width: the panel takes a third of it, between 230 and 340 px
     * @param toList      puts the keyboard in the skills list, after a link chose a skill
     */
    GapPanel(AssessViewModel viewModel, ReadOnlyDoubleProperty screenWidth, Runnable toList) {
        this.viewModel = viewModel;
        this.toList = toList;
        this.node = build(screenWidth);
    }

    Node node() {
        return node;
    }

    /** Moves the keyboard to the first link, or does {@code orElse} when there is none. */
    void focusFirstLink(Runnable orElse) {
        panel.lookupAll(".hyperlink").stream().filter(Node::isVisible).findFirst()
                .ifPresentOrElse(Node::requestFocus, orElse);
    }

    private Node build(ReadOnlyDoubleProperty screenWidth) {
        Label readinessLabel = new WrappingLabel(Messages.get("assess.readiness.label", viewModel.targetName()));
        readinessLabel.getStyleClass().add("panel-caption");
        Label readiness = new Label();
        readiness.setId("readiness");
        readiness.getStyleClass().add("readiness-value");
        ProgressBar readinessBar = new ProgressBar();
        readinessBar.setMaxWidth(Double.MAX_VALUE);
        Label ready = new WrappingLabel();
        ready.setId("ready-status");

        VBox categories = new VBox(8);
        Map<Category, Label> categoryTexts = new EnumMap<>(Category.class);
        Map<Category, ProgressBar> categoryBars = new EnumMap<>(Category.class);
        for (Category category : Category.values()) {
            Label text = new WrappingLabel();
            text.setId("category-" + category.id());
            ProgressBar bar = new ProgressBar();
            bar.setMaxWidth(Double.MAX_VALUE);
            bar.getStyleClass().addAll("small", "category-bar", category.id());
            categories.getChildren().add(new VBox(3, text, bar));
            categoryTexts.put(category, text);
            categoryBars.put(category, bar);
        }

        GapLines gaps = new GapLines("gap-list", Messages.get("assess.gaps.empty"));
        GapLines blockers = new GapLines("blocker-list", Messages.get("assess.blockers.empty"));
        // Once per new report, from one summary: its texts and lists always agree.
        viewModel.gapSummaryProperty().subscribe(summary -> {
            readiness.setText(summary.readinessText());
            readinessBar.setProgress(summary.readinessShare());
            ready.setText(summary.readyText());
            StyleClasses.show(ready, "success", summary.report().ready());
            StyleClasses.show(ready, "danger", !summary.report().ready());
            categoryTexts.forEach((category, text) -> text.setText(summary.categoryTexts().get(category)));
            // The category can move while the overall percentage stays the same: follow the report.
            categoryBars.forEach((category, bar) -> bar.setProgress(summary.categoryShare(category)));
            gaps.show(summary.topGaps());
            if (blockersShown) {
                blockers.show(summary.blockers());
            }
        });

        Label gapsTitle = new Label(Messages.get("assess.gaps.title"));
        gapsTitle.getStyleClass().add("panel-title");
        Label blockersTitle = new Label(Messages.get("assess.blockers.title"));
        blockersTitle.getStyleClass().add("panel-title");

        // The blockers come below the biggest gaps, out of sight in a window of the usual size:
        // their lines are made once the window's first frame is in (AfterFirstFrame).
        for (Node part : List.of(blockersTitle, blockers.box)) {
            part.managedProperty().bind(part.visibleProperty());
            part.setVisible(false);
        }
        AfterFirstFrame.run(this.panel, () -> {
            blockersShown = true;
            blockers.show(viewModel.gapSummaryProperty().get().blockers());
            blockersTitle.setVisible(true);
            blockers.box.setVisible(true);
        });

        VBox panel = this.panel;
        panel.getChildren().setAll(readinessLabel, readiness, readinessBar, ready, categories,
                gapsTitle, gaps.box, blockersTitle, blockers.box);
        panel.getStyleClass().add("gap-panel");
        panel.setId("gap-panel");
        ScrollPane scroll = new ScrollPane(panel);
        scroll.setFitToWidth(true);
        // The panel gives up width first when the window is narrow, so skill names keep theirs.
        scroll.prefWidthProperty().bind(Bindings.max(230,
                Bindings.min(340, screenWidth.multiply(0.34))));
        scroll.setMinWidth(230);
        scroll.getStyleClass().add("gap-panel-scroll");
        return scroll;
    }

    /**
     * The lines of one gap list. A rating changes the figures of most lines, so a line's nodes are
     * kept and only their texts set: new nodes would each cost a full CSS pass in the next frame.
     */
    private final class GapLines {
        private final VBox box = new VBox(4);
        private final Label none;
        private final List<GapLine> lines = new ArrayList<>();

        GapLines(String id, String emptyText) {
            box.setId(id);
            none = new WrappingLabel(emptyText);
            none.getStyleClass().add("muted");
        }

        void show(List<SkillGap> gaps) {
            while (lines.size() < gaps.size()) {
                lines.add(new GapLine());
            }
            for (int i = 0; i < gaps.size(); i++) {
                lines.get(i).show(gaps.get(i));
            }
            List<Node> wanted = gaps.isEmpty() ? List.of(none)
                    : lines.subList(0, gaps.size()).stream().map(line -> (Node) line.node).toList();
            if (!box.getChildren().equals(wanted)) {
                box.getChildren().setAll(wanted);
            }
        }
    }

    /** One gap: its skill as a link, and the figures below it. */
    private final class GapLine {
        private final Hyperlink link = new WrappingLink();
        private final Label detail = new WrappingLabel();
        private final VBox node = new VBox(0, link, detail);
        private SkillGap gap;

        GapLine() {
            HoverTips.install(link, () -> gap == null ? "" : gap.skill().name());
            link.setOnAction(e -> {
                viewModel.select(gap.skill().id());
                toList.run();
            });
            link.getStyleClass().add("gap-link");
            detail.getStyleClass().add("gap-detail");
        }

        void show(SkillGap shown) {
            gap = shown;
            link.setText(shown.skill().name());
            detail.setText(Messages.get("assess.gap.line",
                    shown.rated() ? Integer.toString(shown.current()) : Messages.get("assess.gap.unrated"),
                    shown.target(), shown.gap(), shown.weight()));
        }
    }
}
