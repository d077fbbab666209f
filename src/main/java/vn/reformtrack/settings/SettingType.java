package vn.reformtrack.settings;

public enum SettingType {
    TEXT,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    CHOICE
}
