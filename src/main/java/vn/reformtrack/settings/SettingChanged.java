package vn.reformtrack.settings;

/** An administrator changed a setting (published within the transaction that stores it). */
public record SettingChanged(String key, String labelKey, String before, String after, String by) {}
