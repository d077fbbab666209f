package vn.reformtrack.notification.web;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Getter;
import lombok.Setter;

/** The preferences page as sent: the language, and a delivery per kind (by the kinds' names). */
@Getter
@Setter
public class PreferencesForm {

    private String language;
    private Map<String, String> choices = new LinkedHashMap<>();
}
