package vn.reformtrack.results.web;

import java.util.HashMap;
import java.util.Map;
import lombok.Data;

/** The scores of a result by criterion id, as typed (so that a refused page comes back exactly as it was). */
@Data
class ScoresForm {

    private Map<Long, String> scores = new HashMap<>();

    private Map<Long, String> notes = new HashMap<>();

    private long version;
}
