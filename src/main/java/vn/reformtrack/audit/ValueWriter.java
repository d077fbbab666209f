package vn.reformtrack.audit;

import jakarta.persistence.Embeddable;
import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.PeopleNames;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.Formats;

/**
 * Writes a record's field as people read it, in the reader's language: the label from the modules' own message keys,
 * dates as dd/MM/yyyy, decimals with the locale's comma, enumerations by their labels, yes and no, and the ids of
 * units and people as their names.
 */
@Component
class ValueWriter {

    /** The message-key prefix of each record's fields in its module's bundle ({@code task.dueDate}). */
    private static final Map<String, String> FIELD_PREFIXES = Map.ofEntries(
            Map.entry("Unit", "unit"), Map.entry("UserAccount", "user"), Map.entry("IndexFramework", "framework"),
            Map.entry("FrameworkVersion", "version"), Map.entry("Criterion", "criterion"),
            Map.entry("IndexResult", "result"), Map.entry("CriterionScore", "score"), Map.entry("Plan", "plan"),
            Map.entry("PlanTarget", "target"), Map.entry("Task", "task"), Map.entry("ReportingPeriod", "period"),
            Map.entry("UnitReport", "report"), Map.entry("ReportEntry", "entry"),
            Map.entry("ConsolidatedReport", "consolidated"), Map.entry("AssessmentRound", "round"),
            Map.entry("AssessmentItem", "item"), Map.entry("EvidenceFile", "evidence"),
            Map.entry("CalendarYear", "calendar"));

    private final MessageSource messages;
    private final Formats formats;
    private final UnitDirectory units;
    private final UserDirectory users;
    private final PeopleNames people;

    ValueWriter(MessageSource messages, Formats formats, UnitDirectory units, UserDirectory users, PeopleNames people) {
        this.messages = messages;
        this.formats = formats;
        this.units = units;
        this.users = users;
        this.people = people;
    }

    /**
     * The field's label: {@code audit.field.<Type>.<field>}, else its module's key, else the trail's own
     * {@code audit.field.<field>} (who and when a record was sent, closed...), else the field's own name.
     */
    String label(String type, String field) {
        String prefix = FIELD_PREFIXES.getOrDefault(type, Character.toLowerCase(type.charAt(0)) + type.substring(1));
        List<String> candidates = List.of("audit.field." + type + "." + field, prefix + "." + field,
                prefix + "." + withoutIds(field), "audit.field." + field);
        for (String key : candidates) {
            String text = message(key);
            if (text != null) {
                return text;
            }
        }
        return field;
    }

    String typeLabel(String type) {
        return Objects.requireNonNullElse(message(AuditedTypes.labelKey(type)), type);
    }

    /** A field's value as a page writes it; {@code ""} for none. */
    String write(String field, Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> collection) {
            if (collection.isEmpty()) {
                return "";
            }
            if (isUnitField(field) || isUserField(field)) {
                return names(field, collection.stream().map(id -> ((Number) id).longValue()).collect(Collectors.toSet()));
            }
            return collection.stream().map(element -> write("", element)).sorted().collect(Collectors.joining("; "));
        }
        if (value instanceof Number number && (isUnitField(field) || isUserField(field))) {
            return names(field, Set.of(number.longValue()));
        }
        if (value instanceof String username && field.endsWith("By")) {
            return people.name(username);
        }
        if (value instanceof Boolean flag) {
            return message(flag ? "audit.value.yes" : "audit.value.no");
        }
        if (value instanceof Enum<?> constant) {
            String label = message(constant.getDeclaringClass().getSimpleName() + "." + constant.name());
            return label == null ? constant.name() : label;
        }
        if (value instanceof LocalDate || value instanceof Instant) {
            return value instanceof Instant ? formats.dateTime((Instant) value) : formats.date((LocalDate) value);
        }
        if (value instanceof BigDecimal decimal) {
            return formats.decimal(decimal, 4);
        }
        if (value instanceof Record record) {
            return parts(Stream.of(record.getClass().getRecordComponents())
                    .map(component -> part(component.getName(), component.getAccessor(), record)));
        }
        if (value.getClass().isAnnotationPresent(Embeddable.class)) {
            return parts(Stream.of(value.getClass().getDeclaredFields())
                    .filter(member -> !Modifier.isStatic(member.getModifiers()))
                    .map(member -> part(member.getName(), member, value)));
        }
        return value.toString();
    }

    /** A part of a record or embeddable value (an evidence file's id, when and by whom it was attached). */
    private String part(String name, AccessibleObject member, Object owner) {
        try {
            member.setAccessible(true);
            return write(name, member instanceof Field field ? field.get(owner) : ((Method) member).invoke(owner));
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return "";
        }
    }

    private static String parts(Stream<String> texts) {
        return texts.filter(text -> !text.isEmpty()).collect(Collectors.joining(" · "));
    }

    private String names(String field, Set<Long> ids) {
        if (isUnitField(field)) {
            Map<Long, UnitSummary> found = units.findAll(ids);
            return ids.stream().sorted()
                    .map(id -> found.containsKey(id) ? found.get(id).name() : "#" + id)
                    .sorted()
                    .collect(Collectors.joining("; "));
        }
        return ids.stream().sorted()
                .map(id -> users.find(id).map(UserSummary::fullName).orElse("#" + id))
                .collect(Collectors.joining("; "));
    }

    private static boolean isUnitField(String field) {
        return field.endsWith("UnitId") || field.endsWith("UnitIds") || field.equals("unitId") || field.equals("unitIds");
    }

    private static boolean isUserField(String field) {
        return field.endsWith("UserId") || field.equals("userId");
    }

    private static String withoutIds(String field) {
        if (field.endsWith("Ids")) {
            return field.substring(0, field.length() - 3) + "s";
        }
        return field.endsWith("Id") ? field.substring(0, field.length() - 2) : field;
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, null, locale);
    }
}
