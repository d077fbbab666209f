package vn.reformtrack.dashboard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.results.NationalTable;
import vn.reformtrack.results.ResultSummary;

/**
 * Builds the JSON the dashboard charts are drawn from: every label a message in the reader's language, the numbers the
 * same ones the table beneath each chart shows.
 */
@Component
public class DashboardCharts {

    /** The statuses a stacked bar shows, in order, with their colours (the badges' colours). */
    private static final List<TaskStatus> STACKED = List.of(TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE,
            TaskStatus.IN_PROGRESS, TaskStatus.NOT_STARTED, TaskStatus.OVERDUE);
    static final String OWN_COLOUR = "#8b1a1a";
    static final String OTHER_COLOUR = "#9aa9bd";

    private final MessageSource messages;
    private final JsonMapper json;

    DashboardCharts(MessageSource messages) {
        this.messages = messages;
        this.json = JsonMapper.builder().build();
    }

    /** Horizontal stacked bars of tasks by status, one bar per item. */
    public <T> String statusBars(String titleKey, List<T> items, Function<T, String> label, Function<T, TaskCounts> counts) {
        List<ChartSpec.Series> series = new ArrayList<>();
        for (TaskStatus status : STACKED) {
            series.add(new ChartSpec.Series(message("TaskStatus." + status),
                    items.stream().map(item -> count(counts.apply(item), status)).toList(), colour(status), null));
        }
        return write(new ChartSpec("stacked", message(titleKey), items.stream().map(label).toList(), series, -1, null));
    }

    /** Every province with a published total, best first, the own province highlighted. */
    public String provinces(String titleKey, List<NationalTable.Row> rows) {
        int own = -1;
        List<String> colours = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).own()) {
                own = i;
            }
            colours.add(rows.get(i).own() ? OWN_COLOUR : OTHER_COLOUR);
        }
        ChartSpec.Series totals = new ChartSpec.Series(message("dashboard.rankings.total"),
                rows.stream().map(row -> row.result().total()).toList(), OTHER_COLOUR, colours);
        return write(new ChartSpec("bars", message(titleKey),
                rows.stream().map(row -> row.result().jurisdictionName()).toList(), List.of(totals), own, null));
    }

    /** The own rank over the years, rank 1 at the top. */
    public String rankHistory(String titleKey, List<ResultSummary> ranked) {
        int max = ranked.stream().mapToInt(ResultSummary::ofTotal).max().orElse(63);
        ChartSpec.Series ranks = new ChartSpec.Series(message("dashboard.rankings.rank"),
                ranked.stream().map(ResultSummary::rank).toList(), OWN_COLOUR, null);
        return write(new ChartSpec("rank", message(titleKey),
                ranked.stream().map(r -> Integer.toString(r.year())).toList(), List.of(ranks), -1, max));
    }

    /** A small line of the own total over the years. */
    public String sparkline(String titleKey, List<ResultSummary> scored) {
        ChartSpec.Series totals = new ChartSpec.Series(message("dashboard.rankings.total"),
                scored.stream().map(ResultSummary::total).toList(), OWN_COLOUR, null);
        return write(new ChartSpec("spark", message(titleKey),
                scored.stream().map(r -> Integer.toString(r.year())).toList(), List.of(totals), -1, null));
    }

    /** A sparkline per index of the overview that has published totals, by index code. */
    public java.util.Map<String, String> sparklines(Overview overview) {
        java.util.Map<String, String> lines = new java.util.HashMap<>();
        for (IndexTile tile : overview.indices()) {
            if (tile.scoredHistory().size() > 1) {
                lines.put(tile.framework().code(), sparkline("dashboard.overview.trend", tile.scoredHistory()));
            }
        }
        return lines;
    }

    /** How many units each tier holds. */
    public String tiers(String titleKey, LeagueReport report) {
        List<LeagueTier> tiers = List.of(LeagueTier.values());
        ChartSpec.Series units = new ChartSpec.Series(message("dashboard.league.units"),
                tiers.stream().map(report::count).toList(), OTHER_COLOUR,
                List.of("#198754", "#0d6efd", "#ffc107", "#dc3545"));
        return write(new ChartSpec("columns", message(titleKey),
                tiers.stream().map(tier -> message("LeagueTier." + tier)).toList(), List.of(units), -1, null));
    }

    static long count(TaskCounts counts, TaskStatus status) {
        return switch (status) {
            case NOT_STARTED -> counts.notStarted();
            case IN_PROGRESS -> counts.inProgress();
            case DONE_ON_TIME -> counts.doneOnTime();
            case DONE_LATE -> counts.doneLate();
            case OVERDUE -> counts.overdue();
            case CANCELLED -> counts.cancelled();
        };
    }

    static String colour(TaskStatus status) {
        return switch (status) {
            case NOT_STARTED -> "#adb5bd";
            case IN_PROGRESS -> "#0d6efd";
            case DONE_ON_TIME -> "#198754";
            case DONE_LATE -> "#ffc107";
            case OVERDUE -> "#dc3545";
            case CANCELLED -> "#e9ecef";
        };
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }

    private String write(ChartSpec spec) {
        return json.writeValueAsString(spec);
    }
}
