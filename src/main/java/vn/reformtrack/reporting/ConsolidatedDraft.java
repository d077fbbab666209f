package vn.reformtrack.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.shared.web.Locales;

/**
 * The first draft of a consolidated report, written from the figures so that the coordinator starts from a report
 * that is nearly ready to sign: the title, the results in numbers, the shortfalls (missing and late units, overdue
 * tasks, the units' difficulties), the next steps, the units' proposals, the usual recipients and signature block.
 * In Vietnamese, the language of the document.
 */
@Component
class ConsolidatedDraft {

    private static final Pattern LINE_BREAK = Pattern.compile("\\s*\\R\\s*");

    private final MessageSource messages;
    private final PeriodNames names;

    ConsolidatedDraft(MessageSource messages, PeriodNames names) {
        this.messages = messages;
        this.names = names;
    }

    ConsolidatedCommand compose(ConsolidatedFigures figures) {
        PeriodSummary period = figures.period();
        String phrase = names.phrase(period, Locales.VIETNAMESE);
        PeriodCounts counts = figures.counts();
        var status = figures.tasksByStatus();

        StringBuilder results = new StringBuilder(msg("consolidated.draft.results", phrase, counts.delivered(),
                counts.expected(), counts.onTime(), counts.late(), counts.accepted()));
        results.append('\n').append(msg("consolidated.draft.tasks", figures.tasksReported(), figures.tasksDone(),
                percent(figures.tasksDone(), figures.tasksReported()), status.get(TaskStatus.IN_PROGRESS),
                status.get(TaskStatus.NOT_STARTED), status.get(TaskStatus.OVERDUE), figures.averageProgress()));
        if (figures.tasksNotReported() > 0) {
            results.append('\n').append(msg("consolidated.draft.notReported", figures.tasksNotReported()));
        }
        figures.narratives().stream().filter(n -> n.generalAssessment() != null).forEach(n ->
                results.append('\n').append(msg("consolidated.draft.unitLine", n.unitName(), oneLine(n.generalAssessment()))));

        StringBuilder limitations = new StringBuilder();
        if (!figures.missingUnits().isEmpty()) {
            line(limitations, msg("consolidated.draft.missing", figures.missingUnits().size(),
                    unitNames(figures.missingUnits(), ConsolidatedFigures.ListedUnit::unitName)));
        }
        if (!figures.lateUnits().isEmpty()) {
            line(limitations, msg("consolidated.draft.late", figures.lateUnits().size(),
                    unitNames(figures.lateUnits(), ConsolidatedFigures.ListedUnit::unitName)));
        }
        if (status.get(TaskStatus.OVERDUE) > 0) {
            line(limitations, msg("consolidated.draft.overdue", status.get(TaskStatus.OVERDUE)));
        }
        figures.narratives().stream().filter(n -> n.difficulties() != null).forEach(n ->
                line(limitations, msg("consolidated.draft.unitLine", n.unitName(), oneLine(n.difficulties()))));

        long open = status.get(TaskStatus.NOT_STARTED) + status.get(TaskStatus.IN_PROGRESS) + status.get(TaskStatus.OVERDUE)
                + figures.tasksNotReported();
        String nextTasks = msg("consolidated.draft.next1", open) + "\n" + msg("consolidated.draft.next2");

        StringBuilder proposals = new StringBuilder();
        figures.narratives().stream().filter(n -> n.proposals() != null).forEach(n ->
                line(proposals, msg("consolidated.draft.unitLine", n.unitName(), oneLine(n.proposals()))));

        return new ConsolidatedCommand(null, null, msg("consolidated.draft.title", phrase), results.toString(),
                blankToNull(limitations), nextTasks, blankToNull(proposals), msg("consolidated.draft.recipients"),
                msg("consolidated.draft.authority"), null);
    }

    private String msg(String key, Object... arguments) {
        Object[] texts = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            texts[i] = arguments[i] instanceof Number ? String.valueOf(arguments[i]) : arguments[i];
        }
        return messages.getMessage(key, texts, Locales.VIETNAMESE);
    }

    private static String percent(long part, long whole) {
        if (whole == 0) {
            return "0 %";
        }
        BigDecimal value = BigDecimal.valueOf(part * 100.0 / whole).setScale(1, RoundingMode.HALF_UP).stripTrailingZeros();
        return value.toPlainString().replace('.', ',') + " %";
    }

    private static <T> String unitNames(List<T> units, Function<T, String> name) {
        return units.stream().map(name).collect(Collectors.joining(", "));
    }

    private static void line(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append('\n');
        }
        text.append(line);
    }

    /**
     * The text on one line: each line break, with the spaces around it, becomes "; ". Most units write a line or two
     * without a break, and the pattern, tried at every character of every unit's three texts, was a tenth of the
     * page's Java time; so it runs only on a text that has a break (one of {@code \R}'s characters).
     */
    static String oneLine(String text) {
        return hasLineBreak(text) ? LINE_BREAK.matcher(text).replaceAll("; ") : text;
    }

    private static boolean hasLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            switch (text.charAt(i)) {
                case '\n', '\r', '\u000B', '\f', '\u0085', '\u2028', '\u2029' -> {
                    return true;
                }
                default -> { }
            }
        }
        return false;
    }

    private static String blankToNull(StringBuilder text) {
        return text.isEmpty() ? null : text.toString();
    }
}
