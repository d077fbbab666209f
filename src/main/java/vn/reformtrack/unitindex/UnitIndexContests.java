package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.assessment.SelfScore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Explanations of the preliminary scores: within the window, a unit's head contests named criteria of the unit with
 * an explanation and new evidence; the council member of the area (or Home Affairs) answers until publication: the
 * score kept, or changed, with the reason either way. After the window nothing new is contested: scores are locked
 * but for the answers.
 */
@Service
@Transactional
public class UnitIndexContests {

    private final UnitIndexRoundRepository rounds;
    private final UnitScoreRepository scores;
    private final ContestRepository contests;
    private final UnitIndexCouncil council;
    private final UnitEvidence evidence;
    private final UnitIndexHistory history;
    private final Clock clock;

    UnitIndexContests(UnitIndexRoundRepository rounds, UnitScoreRepository scores, ContestRepository contests,
            UnitIndexCouncil council, UnitEvidence evidence, UnitIndexHistory history, Clock clock) {
        this.rounds = rounds;
        this.scores = scores;
        this.contests = contests;
        this.council = council;
        this.evidence = evidence;
        this.history = history;
        this.clock = clock;
    }

    public Contest raise(long roundId, long scoreId, String explanation, List<Long> evidenceIds, CurrentUser user) {
        UnitScore score = scores.findByIdAndRoundId(scoreId, roundId)
                .filter(found -> UnitIndexAccess.ofUnit(user, found.getUnitId()))
                .orElseThrow(() -> new NotFoundException("Unit index score", scoreId));
        UnitIndexAccess.requireHeadOf(user, score.getUnitId());
        UnitIndexRound round = round(roundId);
        if (round.phase(LocalDate.now(clock)) != RoundPhase.EXPLANATION) {
            throw new RuleViolationException("unitindex.contest.error.window", UnitIndexHistory.DATE.format(
                    round.getExplanationFrom()), UnitIndexHistory.DATE.format(round.getExplanationTo()));
        }
        if (!score.needsAppraisal()) {
            throw new RuleViolationException("unitindex.contest.error.notContestable");
        }
        if (contests.findByScoreId(scoreId).isPresent()) {
            throw new RuleViolationException("unitindex.contest.error.already");
        }
        Contest contest = contests.save(new Contest(score, explanation,
                evidence.ownedBy(evidenceIds == null ? List.of() : evidenceIds, score.getUnitId()), user.username(),
                Instant.now(clock)));
        history.record(roundId, score, UnitIndexChangeKind.CONTESTED, user.username(), UnitIndexHistory.fields()
                .add("unitindex.contest.explanation", null, contest.getExplanation()));
        return contest;
    }

    /** A contest the user may answer (404 when they may not see it, 403 for readers who may not act). */
    @Transactional(readOnly = true)
    public Contest answerable(long roundId, long contestId, CurrentUser user) {
        Contest contest = contests.findById(contestId).filter(found -> found.getRoundId() == roundId)
                .orElseThrow(() -> new NotFoundException("Contest", contestId));
        UnitScore score = scores.findById(contest.getScoreId()).orElseThrow();
        council.requireAppraiser(user, roundId, score.getAreaId(), "Contest", contestId);
        return contest;
    }

    public void keep(long roundId, long contestId, long version, String reason, CurrentUser user) {
        Contest contest = answering(roundId, contestId, version, user);
        contest.keep(reason, user.username(), Instant.now(clock));
        UnitScore score = scores.findById(contest.getScoreId()).orElseThrow();
        history.record(roundId, score, UnitIndexChangeKind.CONTEST_KEPT, user.username(), UnitIndexHistory.fields()
                .add("unitindex.contest.answerReason", null, contest.getAnswerReason()));
    }

    public void change(long roundId, long contestId, long version, String value, String reason, CurrentUser user) {
        Contest contest = answering(roundId, contestId, version, user);
        UnitScore score = scores.findById(contest.getScoreId()).orElseThrow();
        BigDecimal changed = SelfScore.parse(score.getMaxPoints(), score.getScoreStep(), value, "score");
        Instant now = Instant.now(clock);
        contest.change(changed, reason, user.username(), now);
        BigDecimal before = score.getAppraisedScore();
        score.change(changed, reason, user.username(), now);
        history.record(roundId, score, UnitIndexChangeKind.CONTEST_CHANGED, user.username(), UnitIndexHistory.fields()
                .add("unitindex.score.appraisedScore", before, changed)
                .add("unitindex.contest.answerReason", null, contest.getAnswerReason()));
    }

    private Contest answering(long roundId, long contestId, long version, CurrentUser user) {
        Contest contest = answerable(roundId, contestId, user);
        UnitIndexRound round = round(roundId);
        if (round.getStatus() != IndexRoundStatus.PRELIMINARY) {
            throw new RuleViolationException("unitindex.contest.error.closed");
        }
        council.requireNoConflict(user, round, contest.getUnitId());
        ConcurrentEditException.check("Contest", contestId, version, contest.getVersion());
        return contest;
    }

    private UnitIndexRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Unit index round", roundId));
    }
}
