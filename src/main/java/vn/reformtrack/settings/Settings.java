package vn.reformtrack.settings;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.settings.SettingDefinition.SettingChoice;
import vn.reformtrack.shared.web.LenientDecimalFormatter;
import vn.reformtrack.shared.web.RuleViolationException;

/** Reads and changes settings; a value not yet set is the definition's default. */
@Service
@Transactional(readOnly = true)
public class Settings {

    private final Map<String, SettingDefinition> definitions;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Settings(ObjectProvider<SettingDefinition> definitions, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.definitions = definitions.orderedStream()
                .collect(Collectors.toMap(SettingDefinition::key, Function.identity()));
        this.jdbc = jdbc;
        this.events = events;
    }

    public List<SettingDefinition> definitions() {
        return definitions.values().stream().sorted(Comparator.comparingInt(SettingDefinition::order)).toList();
    }

    public String get(String key) {
        return read(key).get(key);
    }

    public int getInt(String key) {
        return read(key).getInt(key);
    }

    public BigDecimal getDecimal(String key) {
        return read(key).getDecimal(key);
    }

    public boolean getBoolean(String key) {
        return read(key).getBoolean(key);
    }

    /**
     * The values of these settings, read in one statement: a page or job that needs several (the league's weights and
     * thresholds) reads them at once instead of one round trip each.
     */
    public Values read(String... keys) {
        Map<String, String> values = new HashMap<>();
        for (String key : keys) {
            values.put(key, definition(key).defaultValue());
        }
        jdbc.sql("select key, value from app_setting where key in (:keys)").param("keys", List.of(keys))
                .query((row, number) -> values.put(row.getString("key"), row.getString("value"))).list();
        return new Values(values);
    }

    /** Settings' values as read together by {@link #read}; a value not yet set is the definition's default. */
    public record Values(Map<String, String> values) {

        public String get(String key) {
            String value = values.get(key);
            if (value == null && !values.containsKey(key)) {
                throw new IllegalArgumentException("Setting " + key + " was not read");
            }
            return value;
        }

        public int getInt(String key) {
            return Integer.parseInt(get(key));
        }

        public BigDecimal getDecimal(String key) {
            return new BigDecimal(get(key));
        }

        public boolean getBoolean(String key) {
            return Boolean.parseBoolean(get(key));
        }
    }

    /**
     * Checks the value against the setting's type and choices, then stores it in its normal form; a change is published
     * as a {@link SettingChanged} within the transaction.
     */
    @Transactional
    public void set(String key, String value, String by) {
        SettingDefinition definition = definition(key);
        String normal = normalize(definition, value);
        String before = get(key);
        jdbc.sql("""
                        insert into app_setting (key, value, updated_at, updated_by) values (:key, :value, now(), :by)
                        on conflict (key) do update set value = :value, updated_at = now(), updated_by = :by
                        """)
                .param("key", key)
                .param("value", normal)
                .param("by", by)
                .update();
        if (!normal.equals(before)) {
            events.publishEvent(new SettingChanged(key, definition.labelKey(), before, normal, by));
        }
    }

    /**
     * Checks every value first, then stores them all in one transaction: a page with one bad value saves nothing.
     *
     * @return the message key of each refused value, by setting key; empty when all were stored
     */
    @Transactional
    public Map<String, String> setAll(Map<String, String> values, String by) {
        Map<String, String> refused = new java.util.TreeMap<>();
        Map<String, String> normal = new java.util.TreeMap<>();
        for (var entry : values.entrySet()) {
            SettingDefinition definition = definitions.get(entry.getKey());
            if (definition == null) {
                continue;
            }
            try {
                normal.put(entry.getKey(), normalize(definition, entry.getValue()));
            } catch (RuleViolationException violation) {
                refused.put(entry.getKey(), violation.getMessageKey());
            }
        }
        if (refused.isEmpty()) {
            normal.forEach((key, value) -> set(key, value, by));
        }
        return refused;
    }

    private SettingDefinition definition(String key) {
        SettingDefinition definition = definitions.get(key);
        if (definition == null) {
            throw new IllegalArgumentException("No setting " + key);
        }
        return definition;
    }

    static String normalize(SettingDefinition definition, String value) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty() && definition.type() != SettingType.TEXT) {
            throw RuleViolationException.onField(definition.key(), "setting.error.required");
        }
        if (trimmed.length() > 1000) {
            throw RuleViolationException.onField(definition.key(), "setting.error.tooLong");
        }
        switch (definition.type()) {
            case INTEGER -> {
                try {
                    return Integer.toString(Integer.parseInt(trimmed));
                } catch (NumberFormatException e) {
                    throw RuleViolationException.onField(definition.key(), "setting.error.integer");
                }
            }
            case DECIMAL -> {
                BigDecimal decimal = LenientDecimalFormatter.parseOrNull(trimmed);
                if (decimal == null) {
                    throw RuleViolationException.onField(definition.key(), "setting.error.decimal");
                }
                return decimal.toPlainString();
            }
            case BOOLEAN -> {
                return Boolean.toString(Boolean.parseBoolean(trimmed));
            }
            case CHOICE -> {
                boolean allowed = definition.choices().get().stream().map(SettingChoice::value).anyMatch(trimmed::equals);
                if (!allowed) {
                    throw RuleViolationException.onField(definition.key(), "setting.error.choice");
                }
                return trimmed;
            }
            default -> {
                return trimmed;
            }
        }
    }
}
