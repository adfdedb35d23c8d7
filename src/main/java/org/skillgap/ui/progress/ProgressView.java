package org.skillgap.ui.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.Axis;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.text.Font;
import javafx.util.StringConverter;

import org.skillgap.gap.ReadinessPoint;
import org.skillgap.gap.SkillGap;
import org.skillgap.model.Category;
import org.skillgap.model.Dates;
import org.skillgap.model.Messages;
import org.skillgap.ui.ShownAs;
import org.skillgap.ui.Labels;

/** The Progress screen: a radar of current vs target, the biggest gaps, and readiness over time. */
public final class ProgressView {

    private final ProgressViewModel viewModel;
    private final VBox root = new VBox();
    private final RadarChart radar = new RadarChart();
    /** Tick labels against the caption beside the chart, in the window's font: the theme's 0.8em. */
    private static final double TICK_LABEL_SCALE = 0.8;
    private final NumberAxis gapValueAxis = new NumberAxis();
    private final CategoryAxis gapSkillAxis = new CategoryAxis();
    private final BarChart<Number, String> gapChart = new BarChart<>(gapValueAxis, gapSkillAxis);
    private final NumberAxis dayAxis = new NumberAxis();
    private final NumberAxis readinessAxis = new NumberAxis(0, 100, 20);
    private final LineChart<Number, Number> readinessChart = new LineChart<>(dayAxis, readinessAxis);

    public ProgressView(ProgressViewModel viewModel) {
        this.viewModel = viewModel;
        root.getStyleClass().add("progress-screen");
        Label title = Labels.screenTitle("nav.progress");
        Label summary = Labels.following("progress-summary", viewModel.summaryProperty(), "muted");
        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        // Title above the summary, so a narrow window wraps the summary instead of cutting it.
        VBox header = new VBox(2, title, summary);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("screen-header");

        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(16);
        grid.setPadding(new Insets(0, 20, 20, 20));
        grid.add(card(Messages.get("progress.radar.title"), radarWithLegend()), 0, 0, 2, 1);
        Label gapsCaption = new Label(Messages.get("progress.gaps.caption"));
        gapsCaption.getStyleClass().add("muted");
        gapsCaption.setWrapText(true);
        gapsCaption.setMinHeight(Region.USE_PREF_SIZE);
        VBox gapsCard = card(Messages.get("progress.gaps.title"), new VBox(8, gapsCaption, gapChartOrEmpty()));
        for (Axis<?> axis : List.of(gapValueAxis, gapSkillAxis, dayAxis, readinessAxis)) {
            tickLabelsFollow(axis, gapsCaption);
        }
        VBox historyCard = card(Messages.get("progress.history.title"), historyChartOrEmpty());
        grid.add(gapsCard, 0, 1);
        grid.add(historyCard, 1, 1);
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        // Side by side, half a narrow window leaves the gap bars no room beside their long skill
        // names: below this width the history goes under the gaps, each at the full width.
        grid.widthProperty().addListener((obs, old, width) -> arrange(grid, gapsCard, historyCard, width.doubleValue()));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        root.getChildren().addAll(header, scroll);

        viewModel.radarProperty().addListener((obs, old, picture) -> radar.setAxes(picture.axes()));
        viewModel.biggestGapsProperty().addListener((obs, old, gaps) -> showGaps(gaps));
        viewModel.readinessOverTimeProperty().addListener((obs, old, points) -> showHistory(points));
        radar.setAxes(viewModel.radarProperty().get().axes());
        showGaps(viewModel.biggestGapsProperty().get());
        showHistory(viewModel.readinessOverTimeProperty().get());
        followVisibility(root);
    }

    /**
     * A chart's tick labels keep the size they were first given when View > Text size changes the
     * window's font (their CSS em is not worked out again), so they take the font of a text beside
     * them instead, a little smaller, as the theme has them.
     */
    private static void tickLabelsFollow(Axis<?> axis, Label beside) {
        axis.tickLabelFontProperty().bind(Bindings.createObjectBinding(
                () -> Font.font(beside.getFont().getFamily(), beside.getFont().getSize() * TICK_LABEL_SCALE),
                beside.fontProperty()));
    }

    /** The screen follows the data only while it is in the window (see the view model's setShown). */
    private void followVisibility(Node node) {
        node.sceneProperty().addListener((obs, old, scene) -> viewModel.setShown(scene != null));
    }

    public Node root() {
        return root;
    }

    /** Below this width the gaps and the history stack instead of sharing a row. */
    static final double SIDE_BY_SIDE_WIDTH = 980;

    private static void arrange(GridPane grid, Node gaps, Node history, double width) {
        boolean stacked = width < SIDE_BY_SIDE_WIDTH;
        GridPane.setConstraints(gaps, 0, 1, stacked ? 2 : 1, 1);
        GridPane.setConstraints(history, stacked ? 0 : 1, stacked ? 2 : 1, stacked ? 2 : 1, 1);
    }

    private static VBox card(String title, Node content) {
        Label heading = new Label(title);
        heading.getStyleClass().add("card-title");
        VBox card = new VBox(8, heading, content);
        card.getStyleClass().add("chart-card");
        VBox.setVgrow(content, Priority.ALWAYS);
        GridPane.setVgrow(card, Priority.ALWAYS);
        GridPane.setHgrow(card, Priority.ALWAYS);
        return card;
    }

    private Node radarWithLegend() {
        radar.setId("radar");
        radar.setPrefSize(900, 420);
        radar.setMaxHeight(460);
        ComboBox<Optional<Category>> scope = new ComboBox<>();
        scope.setId("radar-scope");
        scope.setAccessibleText(Messages.get("progress.scope.accessible"));
        scope.getItems().add(Optional.empty());
        for (Category category : Category.values()) {
            scope.getItems().add(Optional.of(category));
        }
        String all = Messages.get("progress.radar.scope.all");
        scope.setConverter(ShownAs.names(value -> value.map(category -> Messages.get("progress.radar.scope.category",
                category.displayName())).orElse(all), all));
        scope.valueProperty().bindBidirectional(viewModel.radarScopeProperty());
        Label caption = new Label();
        caption.getStyleClass().add("muted");
        caption.setWrapText(true);
        caption.setMinHeight(Region.USE_PREF_SIZE);
        var picture = viewModel.radarProperty();
        caption.textProperty().bind(Bindings.createStringBinding(() -> picture.get().caption(), picture));
        HBox legend = new HBox(16, legendItem(RadarChart.CURRENT, Messages.get("progress.legend.current"), false),
                legendItem(RadarChart.TARGET, Messages.get("progress.legend.target"), true));
        Node earliest = legendItem(RadarChart.EARLIEST, Messages.get("progress.legend.earliest"), true);
        earliest.visibleProperty().bind(Bindings.createBooleanBinding(() -> picture.get().hasEarliest(), picture));
        earliest.managedProperty().bind(earliest.visibleProperty());
        legend.getChildren().add(earliest);
        Label reviewer = new Label();
        reviewer.getStyleClass().add("radar-reviewer-legend");
        reviewer.textProperty().bind(Bindings.createStringBinding(() -> picture.get().reviewerLegend(), picture));
        reviewer.visibleProperty().bind(Bindings.createBooleanBinding(() -> picture.get().hasReviewer(), picture));
        reviewer.managedProperty().bind(reviewer.visibleProperty());
        Line swatch = new Line(0, 0, 22, 0);
        swatch.setStroke(RadarChart.REVIEWER);
        swatch.setStrokeWidth(2);
        swatch.getStrokeDashArray().addAll(2.0, 3.0);
        reviewer.setGraphic(swatch);
        legend.getChildren().add(reviewer);
        legend.setAlignment(Pos.CENTER);
        VBox.setVgrow(radar, Priority.ALWAYS);
        return new VBox(8, scope, caption, radar, legend);
    }

    private static Node legendItem(Color color, String text, boolean dashed) {
        Line line = new Line(0, 0, 22, 0);
        line.setStroke(color);
        line.setStrokeWidth(2.5);
        if (dashed) {
            line.getStrokeDashArray().addAll(6.0, 4.0);
        }
        HBox item = new HBox(6, line, new Label(text));
        item.setAlignment(Pos.CENTER_LEFT);
        return item;
    }

    private Node gapChartOrEmpty() {
        gapChart.setId("gap-chart");
        gapChart.setLegendVisible(false);
        gapChart.setAnimated(false);
        // Room for ten bars a line of text high each, whatever the window's size.
        gapChart.setMinHeight(320);
        gapChart.setCategoryGap(4);
        gapChart.setPrefHeight(420);
        gapValueAxis.setLabel(Messages.get("progress.gaps.axis"));
        gapValueAxis.setMinorTickVisible(false);
        gapValueAxis.setTickUnit(1);
        gapValueAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number value) {
                return value.doubleValue() == Math.rint(value.doubleValue()) ? Long.toString(value.longValue()) : "";
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        Label empty = emptyLabel(Messages.get("progress.gaps.empty"));
        empty.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.biggestGapsProperty().get().isEmpty(), viewModel.biggestGapsProperty()));
        gapChart.visibleProperty().bind(empty.visibleProperty().not());
        return new StackPane(gapChart, empty);
    }

    private Node historyChartOrEmpty() {
        readinessChart.setId("readiness-chart");
        readinessChart.setLegendVisible(false);
        readinessChart.setAnimated(false);
        readinessChart.setMinHeight(220);
        readinessChart.setPrefHeight(420);
        readinessAxis.setLabel(Messages.get("progress.history.axis"));
        dayAxis.setForceZeroInRange(false);
        dayAxis.setMinorTickVisible(false);
        dayAxis.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number epochDay) {
                return Dates.format(LocalDate.ofEpochDay(epochDay.longValue()));
            }

            @Override
            public Number fromString(String text) {
                return 0;
            }
        });
        Label empty = emptyLabel(Messages.get("progress.history.empty"));
        empty.visibleProperty().bind(Bindings.createBooleanBinding(
                () -> viewModel.readinessOverTimeProperty().get().size() < 2, viewModel.readinessOverTimeProperty()));
        readinessChart.visibleProperty().bind(empty.visibleProperty().not());
        return new StackPane(readinessChart, empty);
    }

    private static Label emptyLabel(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.setMaxWidth(360);
        label.getStyleClass().addAll("muted", "chart-empty");
        return label;
    }

    private void showGaps(List<SkillGap> gaps) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        // A horizontal bar chart draws its first category at the bottom: add the biggest gap last.
        for (int i = gaps.size() - 1; i >= 0; i--) {
            SkillGap gap = gaps.get(i);
            XYChart.Data<Number, String> bar = new XYChart.Data<>(gap.weightedGap(), gap.skill().name());
            String tip = Messages.get("progress.gaps.tooltip", gap.skill().name(), gap.current(), gap.target(),
                    gap.weight(), gap.weightedGap());
            bar.nodeProperty().addListener((obs, old, node) -> {
                if (node != null) {
                    Tooltip.install(node, new Tooltip(tip));
                }
            });
            series.getData().add(bar);
        }
        gapChart.getData().setAll(List.of(series));
    }

    private void showHistory(List<ReadinessPoint> points) {
        XYChart.Series<Number, Number> series = new XYChart.Series<>();
        for (ReadinessPoint point : points) {
            series.getData().add(new XYChart.Data<>(point.day().toEpochDay(), point.readiness()));
        }
        if (!points.isEmpty()) {
            long first = points.get(0).day().toEpochDay();
            long last = points.get(points.size() - 1).day().toEpochDay();
            dayAxis.setAutoRanging(false);
            dayAxis.setLowerBound(first);
            dayAxis.setUpperBound(Math.max(last, first + 1));
            dayAxis.setTickUnit(Math.max(1, (last - first) / 6.0));
        }
        readinessChart.getData().setAll(List.of(series));
    }
}
