package vn.reformtrack.assessment.web;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.reformtrack.assessment.AssessmentChange;
import vn.reformtrack.assessment.EntryMode;
import vn.reformtrack.assessment.ItemRow;
import vn.reformtrack.assessment.ScorePart;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.PeopleNames;
import vn.reformtrack.planning.FieldChange;
import vn.reformtrack.shared.db.KeptReads;
import vn.reformtrack.shared.web.Formats;

/**
 * What the round page's criteria table and the assessment histories show, a line at a time, computed in Java: the
 * formatted scores, the badges' classes and labels, the people's names. The templates then write each line with a few
 * plain expressions instead of a fragment per cell and a message lookup per value (a history value that is not a
 * message key cost Thymeleaf a thrown exception).
 */
@Component
class RoundLines {

    static final String DASH = "—";

    private final MessageSource messages;
    private final Formats formats;
    /** Rounds' lines kept: each reader scope's and language's, with room. */
    private static final int KEPT_LINES = 256;

    private final PeopleNames people;

    /** A round's lines as a reader sees them: their language, and a unit user's unit (what "we coordinate" means). */
    private record RoundKey(long roundId, Locale locale, boolean unitUser, Long unitId) {}

    private final KeptReads<RoundKey, Object, List<ItemLine>> keptItems = new KeptReads<>(KEPT_LINES);
    private final KeptReads<RoundKey, Object, List<HistoryLine>> keptHistory = new KeptReads<>(KEPT_LINES);

    RoundLines(MessageSource messages, Formats formats, PeopleNames people) {
        this.messages = messages;
        this.formats = formats;
        this.people = people;
    }

    /**
     * A criterion as the round's table shows it.
     *
     * @param max          its maximum points, formatted
     * @param weCoordinate the unit user's unit helps with it and another unit answers for it
     * @param status       the status badge ({@code NOT_STARTED} for a unit's untouched draft)
     * @param self         the unit's score, or a dash
     * @param second       the estimate (an estimated criterion) or the appraised score, or a dash
     * @param secondClass  the classes of the second score's cell: muted for a dash, red when appraised at another score
     */
    public record ItemLine(long id, String code, String name, boolean estimated, boolean lacksEvidence, String max,
            String unitName, boolean unassigned, boolean weCoordinate, Badge status, String self, String selfClass,
            String second, String secondClass, int evidenceCount, Badge part) {}

    /** A badge: its classes, its label, and the value of its data attribute. */
    public record Badge(String css, String label, String value) {}

    /** A line of a history: when, who (the person's name), what, on which criterion (null for the round's own). */
    public record HistoryLine(String kind, String when, String who, String what, Long itemId, String itemCode,
            List<FieldLine> fields) {}

    /** A changed field: its label and the values before and after, as words (an empty before is not shown). */
    public record FieldLine(String label, String before, String after) {}

    /**
     * A round's criteria as lines, kept while the rows are the same objects (a round's page's rows are kept with the
     * assessment version, {@code RoundPages}): the same lines, which the kept table's rendering then finds at once.
     */
    List<ItemLine> roundItems(long roundId, List<ItemRow> rows, CurrentUser user, Locale locale) {
        RoundKey key = new RoundKey(roundId, locale, user.isUnitUser(), user.isUnitUser() ? user.unitId() : null);
        return keptItems.get(key, KeptReads.sameObjects(rows), true, () -> items(rows, user, locale));
    }

    /** A round's history as lines, kept while the changes and the rows naming their criteria are the same objects. */
    List<HistoryLine> roundHistory(long roundId, List<AssessmentChange> changes, List<ItemRow> rows, Locale locale) {
        RoundKey key = new RoundKey(roundId, locale, false, null);
        return keptHistory.get(key, KeptReads.sameObjects(changes, rows), true, () -> history(changes,
                rows.stream().collect(Collectors.toMap(ItemRow::id, ItemRow::code)), locale));
    }

    List<ItemLine> items(List<ItemRow> rows, CurrentUser user, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        return rows.stream().map(row -> item(row, user, labels, locale)).toList();
    }

    private ItemLine item(ItemRow row, CurrentUser user, Map<String, String> labels, Locale locale) {
        boolean estimated = row.entry() == EntryMode.ESTIMATE;
        Badge status = row.notStarted()
                ? new Badge("badge text-bg-light border text-muted", label("item.notStarted", labels, locale),
                        "NOT_STARTED")
                : new Badge("badge " + row.status().badge(), label("ItemStatus." + row.status(), labels, locale),
                        row.status().name());
        ScorePart part = row.part();
        BigDecimal second = estimated ? row.estimate() : row.appraisedScore();
        String secondClass = second == null ? "num text-nowrap text-muted"
                : !estimated && row.adjusted() ? "num text-nowrap text-danger fw-semibold" : "num text-nowrap";
        return new ItemLine(row.id(), row.code(), row.name(locale), estimated, row.lacksEvidence(),
                formats.decimal(row.maxPoints(), 3), row.responsibleUnitName(), row.unassigned(),
                user.isUnitUser() && !Objects.equals(row.responsibleUnitId(), user.unitId()), status,
                score(row.selfScore()), row.selfScore() == null ? "num text-nowrap text-muted" : "num text-nowrap",
                score(second), secondClass, row.evidenceCount(),
                new Badge("badge " + part.badge(), label("ScorePart." + part, labels, locale), part.name()));
    }

    /** History lines, each with the code of its criterion when {@code codes} (criterion id to code) has one. */
    List<HistoryLine> history(List<AssessmentChange> changes, Map<Long, String> codes, Locale locale) {
        Map<String, String> labels = new HashMap<>();
        return changes.stream()
                .map(change -> new HistoryLine(change.getKind().name(), formats.dateTime(change.getChangedAt()),
                        people.name(change.getChangedBy()),
                        label("AssessmentChangeKind." + change.getKind(), labels, locale), change.getItemId(),
                        change.getItemId() == null ? null : codes.get(change.getItemId()),
                        change.fields().stream().map(field -> field(field, labels, locale)).toList()))
                .toList();
    }

    private FieldLine field(FieldChange field, Map<String, String> labels, Locale locale) {
        return new FieldLine(label(field.field(), labels, locale), value(field.before(), labels, locale),
                value(field.after(), labels, locale));
    }

    /** A value as words: its message when it is a message key (an enum value), else as recorded. */
    private String value(String value, Map<String, String> labels, Locale locale) {
        if (value.isEmpty()) {
            return value;
        }
        return labels.computeIfAbsent(value, key -> messages.getMessage(key, null, key, locale));
    }

    private String label(String key, Map<String, String> labels, Locale locale) {
        return labels.computeIfAbsent(key, code -> messages.getMessage(code, null, locale));
    }

    private String score(BigDecimal value) {
        return value == null ? DASH : formats.decimal(value, 4);
    }
}
