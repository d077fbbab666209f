package vn.reformtrack.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How reminders read self-assessment: a round by id, the open rounds whose deadline falls in a span of days, and how
 * far each of a round's units is (a unit with criteria not yet sent is not {@link UnitProgress#done() done}). Not
 * confined to a user.
 */
@Service
@Transactional(readOnly = true)
public class RoundDeadlines {

    private final AssessmentRoundRepository rounds;
    private final RoundSummaries summaries;
    private final RoundQueries queries;

    RoundDeadlines(AssessmentRoundRepository rounds, RoundSummaries summaries, RoundQueries queries) {
        this.rounds = rounds;
        this.summaries = summaries;
        this.queries = queries;
    }

    public Optional<RoundSummary> round(long id) {
        return rounds.findById(id).map(summaries::of);
    }

    /** Rounds open to the units with a deadline from {@code from} to {@code to} (both included). */
    public List<RoundSummary> openDueBetween(LocalDate from, LocalDate to) {
        return rounds.findByStatusAndDeadlineBetweenOrderByDeadlineAscIdAsc(RoundStatus.OPEN, from, to).stream()
                .map(summaries::of)
                .toList();
    }

    /** Each unit that answers for criteria of the round, with how far it is. */
    public List<UnitProgress> unitProgress(RoundSummary round) {
        return queries.progress(queries.items(round.id(), round.versionId()));
    }
}
