package vn.reformtrack.settings;

import java.util.List;
import java.util.function.Supplier;

/**
 * A setting a module offers to administrators.
 *
 * @param key          e.g. {@code province.jurisdiction-code}
 * @param type         how the value is read and checked
 * @param defaultValue used until an administrator sets one
 * @param labelKey     message key of the label; {@code labelKey + ".help"} explains it
 * @param order        position on the settings page
 * @param choices      for {@link SettingType#CHOICE}: the allowed values with their labels (read when shown)
 */
public record SettingDefinition(
        String key, SettingType type, String defaultValue, String labelKey, int order,
        Supplier<List<SettingChoice>> choices) {

    public static SettingDefinition of(String key, SettingType type, String defaultValue, String labelKey, int order) {
        return new SettingDefinition(key, type, defaultValue, labelKey, order, List::of);
    }

    public static SettingDefinition choice(
            String key, String defaultValue, String labelKey, int order, Supplier<List<SettingChoice>> choices) {
        return new SettingDefinition(key, SettingType.CHOICE, defaultValue, labelKey, order, choices);
    }

    public String helpKey() {
        return labelKey + ".help";
    }

    /** A value an administrator may pick, with its label (already in words, not a key). */
    public record SettingChoice(String value, String label) {}
}
