package vn.reformtrack.reporting;

import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import vn.reformtrack.settings.SettingDefinition;
import vn.reformtrack.settings.SettingDefinition.SettingChoice;
import vn.reformtrack.settings.SettingType;

/**
 * The reporting defaults administrators set: how many days after a period ends its reports are due, the grace days
 * after the due date during which entry stays open (negative: entry never locks by itself), and which units the
 * completeness grid expects a report from.
 */
@Configuration(proxyBeanMethods = false)
public class ReportingSettings {

    public static final String DUE_DAYS_AFTER_END = "reporting.due-days-after-end";
    public static final String GRACE_DAYS = "reporting.grace-days";
    public static final String EXPECTED_UNITS = "reporting.expected-units";

    /** Units expected to report in a period: the active units with tasks in it, or every active unit. */
    public enum ExpectedUnits {
        WITH_TASKS,
        ALL_ACTIVE
    }

    @Bean
    SettingDefinition reportingDueDaysSetting() {
        return SettingDefinition.of(DUE_DAYS_AFTER_END, SettingType.INTEGER, "15", "setting.reporting.dueDays", 400);
    }

    @Bean
    SettingDefinition reportingGraceDaysSetting() {
        return SettingDefinition.of(GRACE_DAYS, SettingType.INTEGER, "10", "setting.reporting.graceDays", 401);
    }

    @Bean
    SettingDefinition reportingExpectedUnitsSetting(MessageSource messages) {
        return SettingDefinition.choice(EXPECTED_UNITS, ExpectedUnits.WITH_TASKS.name(), "setting.reporting.expectedUnits",
                402, () -> List.of(ExpectedUnits.values()).stream()
                        .map(value -> new SettingChoice(value.name(), messages.getMessage(
                                "ExpectedUnits." + value.name(), null, value.name(), LocaleContextHolder.getLocale())))
                        .toList());
    }
}
