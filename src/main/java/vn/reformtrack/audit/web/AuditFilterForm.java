package vn.reformtrack.audit.web;

import java.time.LocalDate;
import lombok.Getter;
import lombok.Setter;
import org.springframework.format.annotation.DateTimeFormat;
import vn.reformtrack.audit.AuditFilter;

/** The trail's filter bar, as typed (dates dd/MM/yyyy). */
@Getter
@Setter
public class AuditFilterForm {

    private String person;
    private Long unitId;
    private String kind;
    private String type;
    private String id;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate from;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate to;

    AuditFilter toFilter() {
        return new AuditFilter(person, unitId, kind, type, id, from, to);
    }
}
