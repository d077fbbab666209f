package vn.reformtrack.dashboard.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import vn.reformtrack.dashboard.TargetStatus;
import vn.reformtrack.planning.TargetComparison;
import vn.reformtrack.planning.TargetMetric;

/** A target in words for spreadsheets: "Tổng điểm ≥ 93 điểm", "Nằm trong nhóm dẫn đầu: top 3". */
final class TargetText {

    private TargetText() {}

    static String goal(TargetStatus target, MessageSource messages, Locale locale) {
        String metric = messages.getMessage("TargetMetric." + target.metric(), null, locale);
        String unit = messages.getMessage(target.unitKey(), null, locale);
        if (target.metric() == TargetMetric.TOP_N) {
            return metric + " " + messages.getMessage("target.topN", new Object[] {plain(target.value())}, locale);
        }
        if (target.comparison() == TargetComparison.BETWEEN) {
            return metric + " " + plain(target.value()) + "–" + plain(target.valueTo()) + " " + unit;
        }
        return metric + " " + target.comparison().symbol() + " " + plain(target.value()) + " " + unit;
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
