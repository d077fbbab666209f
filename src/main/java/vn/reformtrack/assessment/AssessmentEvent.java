package vn.reformtrack.assessment;

/**
 * What happened in a round that its units must hear of, published within the transaction that saves it: the round
 * opened to the units, or Home Affairs returned a criterion to the unit that answers for it.
 */
public sealed interface AssessmentEvent {

    long roundId();

    /** Home Affairs started the round: its units record from now on, until the deadline. */
    record RoundStarted(long roundId) implements AssessmentEvent {}

    /** A criterion went back to its unit with a comment, to be corrected and sent again. */
    record ItemReturned(long roundId, long itemId, Long unitId, String criterionCode, String comment)
            implements AssessmentEvent {}
}
