package vn.reformtrack.indices;

/** How a criterion is scored: self-assessed by the province and appraised by the Ministry, by sociological survey, or both. */
public enum AssessmentMethod {
    SELF_ASSESSED,
    SURVEY,
    MIXED
}
