package vn.reformtrack.audit.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import vn.reformtrack.audit.AuditFilter;
import vn.reformtrack.audit.AuditRow;
import vn.reformtrack.audit.AuditTrail;
import vn.reformtrack.audit.FieldChange;
import vn.reformtrack.audit.RecordHistory;
import vn.reformtrack.identity.PeopleNames;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.shared.web.Formats;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * The trail as a spreadsheet: one row a changed record (with its fields before and after) or a line that is not a
 * change, newest first, at most {@value #MAX_LINES} lines of the trail (narrow the filter for more). The export is
 * itself recorded in the trail.
 */
@Component
class AuditSheet {

    static final int MAX_LINES = 5000;

    private static final List<String> COLUMNS = List.of("audit.at", "audit.person", "audit.username", "audit.unit",
            "audit.kind", "audit.record", "audit.change", "audit.fields", "audit.remoteAddress");

    private final AuditTrail trail;
    private final RecordHistory history;
    private final XlsxExports xlsx;
    private final PeopleNames people;
    private final UnitDirectory units;
    private final Formats formats;
    private final MessageSource messages;

    AuditSheet(AuditTrail trail, RecordHistory history, XlsxExports xlsx, PeopleNames people, UnitDirectory units,
            Formats formats, MessageSource messages) {
        this.trail = trail;
        this.history = history;
        this.xlsx = xlsx;
        this.people = people;
        this.units = units;
        this.formats = formats;
        this.messages = messages;
    }

    ResponseEntity<byte[]> download(AuditFilter filter) {
        List<AuditRow> lines = new ArrayList<>(trail.search(filter, PageRequest.of(0, MAX_LINES)).getContent());
        Map<Long, String> unitNames = units.findAll(lines.stream().map(AuditRow::unitId)
                        .filter(java.util.Objects::nonNull).collect(Collectors.toSet()))
                .entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name()));
        List<Object[]> rows = new ArrayList<>();
        for (AuditRow line : lines) {
            AuditRow full = line.hasMoreChanges() ? trail.line(line.id()).orElse(line) : line;
            Object[] who = {formats.dateTime(line.at()), people.name(line.username()), line.username(),
                line.unitId() == null ? "" : unitNames.getOrDefault(line.unitId(), ""), kind(line)};
            if (full.changes().isEmpty()) {
                rows.add(row(who, "", "", detail(line), line.remoteAddress()));
            }
            for (var change : full.changes()) {
                String fields = history.at(line.id(), change.type(), change.id())
                        .map(recordChange -> fields(recordChange.fields())).orElse("");
                rows.add(row(who, message("audit.type." + change.type()) + " #" + change.id(),
                        message("audit.change." + change.change()), fields, line.remoteAddress()));
            }
        }
        return xlsx.download("nhat-ky-he-thong", "audit.title", COLUMNS, sheet -> rows.forEach(sheet::row));
    }

    private static Object[] row(Object[] who, String record, String change, String fields, String address) {
        Object[] row = java.util.Arrays.copyOf(who, who.length + 4);
        row[who.length] = record;
        row[who.length + 1] = change;
        row[who.length + 2] = fields;
        row[who.length + 3] = address == null ? "" : address;
        return row;
    }

    private String kind(AuditRow line) {
        return message(line.permission() ? "AuditKind.PERMISSION" : "AuditKind." + line.kind().name());
    }

    private String detail(AuditRow line) {
        return line.detail().stream()
                .map(detail -> detail.isNote() ? message(detail.labelKey())
                        : message(detail.labelKey()) + ": " + arrow(detail.before(), detail.after()))
                .collect(Collectors.joining("; "));
    }

    private String fields(List<FieldChange> fields) {
        return fields.stream()
                .map(field -> field.label() + ": " + (field.hidden() ? message("audit.secretChanged")
                        : arrow(field.before(), field.after())))
                .collect(Collectors.joining("; "));
    }

    private static String arrow(String before, String after) {
        return (before == null || before.isEmpty() ? "—" : before) + " → " + (after == null || after.isEmpty() ? "—" : after);
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
