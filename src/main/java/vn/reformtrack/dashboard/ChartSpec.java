package vn.reformtrack.dashboard;

import java.util.List;

/**
 * What {@code static/js/dashboard.js} draws from a canvas's {@code data-chart} attribute: a kind it knows (stacked and
 * plain horizontal bars, a rank line with rank 1 at the top, a score line, a sparkline), labels, and series whose
 * labels are already in the reader's language.
 *
 * @param highlight index of the bar drawn in the own province's colour (-1 for none)
 * @param max       the axis maximum when the kind needs one (the number of provinces for ranks), else null
 */
public record ChartSpec(String kind, String title, List<String> labels, List<Series> series, int highlight, Number max) {

    /**
     * @param colors one colour per value, when the bars differ (else null and {@code color} for all)
     */
    public record Series(String label, List<? extends Number> data, String color, List<String> colors) {}
}
