package vn.reformtrack.assessment;

import vn.reformtrack.indices.IndexSubject;

/**
 * Who a round scores: the province (national indices such as the PAR Index) or one of the province's own units (its
 * internal index, scoring departments and communes). The pages open province rounds today; the model, the schema and
 * the services take unit rounds as they are.
 */
public record RoundSubject(IndexSubject type, Long unitId) {

    public RoundSubject {
        if (type == null || (type == IndexSubject.UNIT) != (unitId != null)) {
            throw new IllegalArgumentException("A unit subject names its unit; the province names none");
        }
    }

    public static RoundSubject province() {
        return new RoundSubject(IndexSubject.PROVINCE, null);
    }

    public static RoundSubject unit(long unitId) {
        return new RoundSubject(IndexSubject.UNIT, unitId);
    }
}
