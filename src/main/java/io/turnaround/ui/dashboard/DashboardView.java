package io.turnaround.ui.dashboard;

import io.turnaround.ui.common.Gap;
import io.turnaround.domain.Dashboard;
import io.turnaround.domain.Responsibility;
import io.turnaround.ui.common.I18n;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.PieChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The dashboard: escalations per month, time to approval, approval loops, responsibility, top causes, promises
 * kept, prevention overdue and failed checks. Every bar, slice and figure opens the cases behind it.
 */
public final class DashboardView extends VBox {
    private final I18n i18n;
    private final BiConsumer<String, List<Long>> showCases;
    private final GridPane grid = new GridPane();
    private final HBox figures = new io.turnaround.ui.common.WrapRow(Gap.L);

    /** @param showCases shows the case list limited to these cases, under this title */
    public DashboardView(DashboardViewModel vm, I18n i18n, BiConsumer<String, List<Long>> showCases) {
        super();
        Gap.M.applyTo(this);
        this.i18n = i18n;
        this.showCases = showCases;
        setId("dashboard");
        getStyleClass().add("case-list");
        Label title = new Label(i18n.get("dashboard.title"));
        title.getStyleClass().add("page-title");
        grid.setHgap(16);
        grid.setVgap(16);
        for (int i = 0; i < 2; i++) {
            javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
            half.setPercentWidth(50);
            half.setHgrow(javafx.scene.layout.Priority.ALWAYS);
            grid.getColumnConstraints().add(half);
        }
        ScrollPane scroll = new ScrollPane(Gap.L.vbox(figures, grid));
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("pad-xs");
        VBox.setVgrow(scroll, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(title, scroll);
        vm.dashboardProperty().addListener((o, was, d) -> show(d));
        vm.complaintsProperty().addListener((o, was, r) -> showComplaints(r));
    }

    private void show(Dashboard d) {
        figures.getChildren().setAll(
                figure("dashboard-median", i18n.get("dashboard.median"), d.medianDaysToApproval().isPresent()
                        ? i18n.get("dashboard.days", String.format(i18n.locale(), "%.1f", d.medianDaysToApproval().getAsDouble())) : "—",
                        d.approvedCases()),
                figure("dashboard-kept", i18n.get("dashboard.kept"), d.promisesKept().share().isPresent()
                        ? Math.round(d.promisesKept().share().getAsDouble() * 100) + " %" : "—", List.of()),
                figure("dashboard-prevention", i18n.get("dashboard.prevention"), String.valueOf(d.preventionActionsOverdue()),
                        d.casesWithPreventionOverdue()),
                figure("dashboard-checks", i18n.get("dashboard.checks"), String.valueOf(d.effectivenessChecksFailed()),
                        d.casesWithFailedChecks()));
        Map<String, List<Long>> months = new java.util.LinkedHashMap<>();
        d.escalationsPerMonth().forEach((YearMonth m, List<Long> ids) -> months.put(m.toString(), ids));
        Map<String, List<Long>> loops = new java.util.LinkedHashMap<>();
        d.casesByApprovalLoops().forEach((n, ids) -> loops.put(String.valueOf(n), ids));
        grid.getChildren().clear();
        grid.add(bars("dashboard-months", i18n.get("dashboard.months"), months), 0, 0, 2, 1);
        grid.add(bars("dashboard-loops", i18n.get("dashboard.loops"), loops), 0, 1);
        grid.add(pie(d.responsibility()), 1, 1);
        grid.add(bars("dashboard-causes", i18n.get("dashboard.causes"), d.topCauses()), 0, 2);
        if (!complaintCharts.getChildren().isEmpty()) {
            grid.add(complaintCharts, 0, 3, 2, 1);
        }
    }

    /** The register's figures of the last six months as two charts; none without regulated complaints. */
    private final javafx.scene.layout.HBox complaintCharts = new javafx.scene.layout.HBox(16);

    private void showComplaints(io.turnaround.domain.ComplaintRegister.Register r) {
        grid.getChildren().remove(complaintCharts);
        if (r == null || r.rows().isEmpty()) {
            return;
        }
        Map<String, List<Long>> closed = new java.util.LinkedHashMap<>();
        closed.put(i18n.get("dashboard.complaints.within3"), new java.util.ArrayList<>());
        closed.put(i18n.get("dashboard.complaints.within8w"), new java.util.ArrayList<>());
        closed.put(i18n.get("dashboard.complaints.later"), new java.util.ArrayList<>());
        closed.put(i18n.get("dashboard.complaints.open"), new java.util.ArrayList<>());
        Map<String, List<Long>> upheld = new java.util.TreeMap<>();
        for (var row : r.rows()) {
            String bucket = row.closed() == null ? "dashboard.complaints.open" : row.businessDaysToClose() <= 3 ? "dashboard.complaints.within3"
                    : !row.closed().isAfter(row.received().plusWeeks(8)) ? "dashboard.complaints.within8w" : "dashboard.complaints.later";
            closed.get(i18n.get(bucket)).add(row.id());
            if (row.upheld()) {
                upheld.computeIfAbsent(row.product().isBlank() ? "—" : row.product(), k -> new java.util.ArrayList<>()).add(row.id());
            }
        }
        var timing = bars("dashboard-complaints-closed", i18n.get("dashboard.complaints.closed"), closed);
        var products = bars("dashboard-complaints-upheld", i18n.get("dashboard.complaints.upheld", r.rows().stream()
                .filter(x -> x.closed() != null).count() == 0 ? 0 : Math.round(100.0 * r.rows().stream().filter(x -> x.upheld()).count()
                / r.rows().stream().filter(x -> x.closed() != null).count())), upheld);
        javafx.scene.layout.HBox.setHgrow(timing, javafx.scene.layout.Priority.ALWAYS);
        javafx.scene.layout.HBox.setHgrow(products, javafx.scene.layout.Priority.ALWAYS);
        complaintCharts.getChildren().setAll(timing, products);
        complaintCharts.setId("dashboard-complaints");
        grid.add(complaintCharts, 0, 3, 2, 1);
    }

    private Node figure(String id, String label, String value, List<Long> cases) {
        Button button = new Button(value + "\n" + label);
        button.setId(id);
        button.getStyleClass().add("figure");
        button.setWrapText(true);
        button.setAccessibleText(label + ": " + value);
        button.setDisable(cases.isEmpty());
        button.setOnAction(e -> showCases.accept(label, cases));
        return button;
    }

    private BarChart<String, Number> bars(String id, String title, Map<String, List<Long>> values) {
        BarChart<String, Number> chart = new BarChart<>(new CategoryAxis(), new NumberAxis());
        chart.setId(id);
        chart.setTitle(title);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        io.turnaround.ui.common.TextSize.prefHeight(chart, 21.5);
        chart.setMaxWidth(Double.MAX_VALUE);
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        values.forEach((key, ids) -> {
            XYChart.Data<String, Number> bar = new XYChart.Data<>(key, ids.size());
            bar.nodeProperty().addListener((o, was, node) -> clickable(node, title + ": " + key, ids));
            series.getData().add(bar);
        });
        chart.getData().add(series);
        return chart;
    }

    private PieChart pie(Map<Responsibility, List<Long>> split) {
        PieChart chart = new PieChart();
        chart.setId("dashboard-responsibility");
        chart.setTitle(i18n.get("dashboard.responsibility"));
        chart.setAnimated(false);
        io.turnaround.ui.common.TextSize.prefHeight(chart, 21.5);
        split.forEach((who, ids) -> {
            PieChart.Data slice = new PieChart.Data(i18n.of(who) + " (" + ids.size() + ")", ids.size());
            slice.nodeProperty().addListener((o, was, node) -> clickable(node, i18n.of(who), ids));
            chart.getData().add(slice);
        });
        return chart;
    }

    private void clickable(Node node, String label, List<Long> ids) {
        if (node != null) {
            node.setOnMouseClicked(e -> showCases.accept(label, ids));
            node.setStyle("-fx-cursor: hand;");
        }
    }
}
