package vn.reformtrack.audit;

import java.time.LocalDate;

/**
 * The trail's filter, as the page's form sends it; every part optional.
 *
 * @param person   a user name, or words of a person's name (without accents)
 * @param unitId   the unit the actor belonged to when acting
 * @param kind     {@code CHANGE}, {@code PERMISSION}, {@code SIGN_IN}, {@code SIGN_IN_FAILED}, {@code EXPORT},
 *                 {@code SETTING}
 * @param type     the kind of record changed ({@code Task}) and, with it, {@code id}
 * @param from     the first day, {@code to} the last day (both in the province's time zone)
 */
public record AuditFilter(String person, Long unitId, String kind, String type, String id, LocalDate from,
        LocalDate to) {

    public static final String PERMISSION = "PERMISSION";

    public static AuditFilter ofRecord(String type, String id) {
        return new AuditFilter(null, null, null, type, id, null, null);
    }

    public boolean hasPerson() {
        return person != null && !person.isBlank();
    }

    public boolean hasType() {
        return type != null && !type.isBlank();
    }

    public boolean hasId() {
        return id != null && !id.isBlank();
    }
}
