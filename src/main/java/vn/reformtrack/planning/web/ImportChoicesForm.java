package vn.reformtrack.planning.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.Data;

/** The coordinator's choice for each unit name the import could not match: parallel lists of names and unit ids. */
@Data
class ImportChoicesForm {

    private List<String> keys = new ArrayList<>();

    private List<Long> unitIds = new ArrayList<>();

    Map<String, Long> choices() {
        Map<String, Long> choices = new HashMap<>();
        for (int i = 0; i < keys.size() && i < unitIds.size(); i++) {
            if (keys.get(i) != null && unitIds.get(i) != null) {
                choices.put(keys.get(i), unitIds.get(i));
            }
        }
        return choices;
    }
}
