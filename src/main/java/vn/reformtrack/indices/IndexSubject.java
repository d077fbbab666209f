package vn.reformtrack.indices;

/** Who a framework scores: provinces in the national tables, or the province's own units (an internal index). */
public enum IndexSubject {
    PROVINCE,
    UNIT
}
