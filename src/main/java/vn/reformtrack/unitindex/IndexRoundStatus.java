package vn.reformtrack.unitindex;

/**
 * Where a round stands: open (units self-assess, the council appraises), preliminary results published to the units
 * (explanations within the window, then locked), or published by decision.
 */
public enum IndexRoundStatus {
    OPEN,
    PRELIMINARY,
    PUBLISHED
}
