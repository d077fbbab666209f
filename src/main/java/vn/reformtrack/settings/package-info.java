/**
 * Run-time settings. Modules declare {@link vn.reformtrack.settings.SettingDefinition} beans (key, type, default,
 * label); administrators change the values on one page; code reads them through
 * {@link vn.reformtrack.settings.Settings}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Settings")
package vn.reformtrack.settings;
