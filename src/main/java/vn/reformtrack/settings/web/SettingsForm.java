package vn.reformtrack.settings.web;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AllArgsConstructor;
import lombok.Data;
import lombok.NoArgsConstructor;

/** All settings at once, as {@code values[key]}. */
@Data
@NoArgsConstructor
@AllArgsConstructor
class SettingsForm {

    private Map<String, String> values = new LinkedHashMap<>();
}
