package vn.reformtrack.indices;

/** How a framework scores: points (e.g. 100), a percentage (SIPAS), or 1–10 per dimension (PAPI, total 10–80). */
public enum IndexScale {
    POINTS,
    PERCENT,
    DIMENSION_SCORE
}
