package vn.reformtrack.notification;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.reformtrack.settings.SettingDefinition;
import vn.reformtrack.settings.SettingType;
import vn.reformtrack.settings.Settings;

/**
 * The lead times administrators set, all in working days: how long before a deadline the reminder goes (reports,
 * tasks, self-assessment rounds), how many working days after a deadline an overdue report or task goes to the unit's
 * head, and how many more until it reaches Home Affairs and leadership in the weekly digest.
 */
@Configuration(proxyBeanMethods = false)
class NotificationSettings {

    static final String REPORT_REMINDER_DAYS = "notification.report-reminder-days";
    static final String TASK_REMINDER_DAYS = "notification.task-reminder-days";
    static final String ROUND_REMINDER_DAYS = "notification.round-reminder-days";
    static final String TO_HEAD_AFTER = "notification.escalate-to-head-after";
    static final String TO_PROVINCE_AFTER = "notification.escalate-to-province-after";

    /** The lead times as a run of the reminder job reads them (negative values count as 0, at least 1 for steps). */
    record LeadTimes(int reportReminder, int taskReminder, int roundReminder, int toHead, int toProvince) {

        static LeadTimes read(Settings settings) {
            Settings.Values values = settings.read(REPORT_REMINDER_DAYS, TASK_REMINDER_DAYS, ROUND_REMINDER_DAYS,
                    TO_HEAD_AFTER, TO_PROVINCE_AFTER);
            return new LeadTimes(Math.max(0, values.getInt(REPORT_REMINDER_DAYS)),
                    Math.max(0, values.getInt(TASK_REMINDER_DAYS)),
                    Math.max(0, values.getInt(ROUND_REMINDER_DAYS)),
                    Math.max(1, values.getInt(TO_HEAD_AFTER)),
                    Math.max(1, values.getInt(TO_PROVINCE_AFTER)));
        }

        /** Working days after the deadline when the weekly digest takes it up. */
        int toProvinceTotal() {
            return toHead + toProvince;
        }
    }

    @Bean
    SettingDefinition reportReminderSetting() {
        return SettingDefinition.of(REPORT_REMINDER_DAYS, SettingType.INTEGER, "3", "setting.notification.reportReminder", 500);
    }

    @Bean
    SettingDefinition taskReminderSetting() {
        return SettingDefinition.of(TASK_REMINDER_DAYS, SettingType.INTEGER, "5", "setting.notification.taskReminder", 501);
    }

    @Bean
    SettingDefinition roundReminderSetting() {
        return SettingDefinition.of(ROUND_REMINDER_DAYS, SettingType.INTEGER, "3", "setting.notification.roundReminder", 502);
    }

    @Bean
    SettingDefinition escalateToHeadSetting() {
        return SettingDefinition.of(TO_HEAD_AFTER, SettingType.INTEGER, "3", "setting.notification.toHead", 503);
    }

    @Bean
    SettingDefinition escalateToProvinceSetting() {
        return SettingDefinition.of(TO_PROVINCE_AFTER, SettingType.INTEGER, "5", "setting.notification.toProvince", 504);
    }
}
