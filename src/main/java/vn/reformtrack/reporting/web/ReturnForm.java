package vn.reformtrack.reporting.web;

import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import lombok.Data;

/** A return to the unit: an overall comment and comments on single entries ({@code entryComments[<entry id>]}). */
@Data
class ReturnForm {

    private long version;

    @Size(max = 4000)
    private String comment;

    private Map<Long, String> entryComments = new LinkedHashMap<>();
}
