package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.assessment.SelfScore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The council's appraisal of the units' scores, while the round is open and once a unit has submitted (or missed its
 * deadline): a member accepts the unit's score or sets another with the reason, one by one or for a unit's whole area
 * at once. A member reaches only the areas they appraise (anything else does not exist for them); Home Affairs'
 * coordinators reach all. Nobody but the chair appraises their own unit's lines. Two people saving one line at once:
 * the second save is refused with what the first saved, and nothing of either is lost.
 */
@Service
@Transactional
public class UnitIndexAppraisal {

    private final UnitIndexRoundRepository rounds;
    private final UnitSheetRepository sheets;
    private final UnitScoreRepository scores;
    private final UnitIndexCouncil council;
    private final UnitIndexHistory history;
    private final Clock clock;

    UnitIndexAppraisal(UnitIndexRoundRepository rounds, UnitSheetRepository sheets, UnitScoreRepository scores,
            UnitIndexCouncil council, UnitIndexHistory history, Clock clock) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.scores = scores;
        this.council = council;
        this.history = history;
        this.clock = clock;
    }

    /** A line the user may appraise (404 when they may not even see it, 403 for readers who may not act). */
    @Transactional(readOnly = true)
    public UnitScore appraisable(long roundId, long scoreId, CurrentUser user) {
        UnitScore score = scores.findByIdAndRoundId(scoreId, roundId)
                .orElseThrow(() -> new NotFoundException("Unit index score", scoreId));
        council.requireAppraiser(user, roundId, score.getAreaId(), "Unit index score", scoreId);
        return score;
    }

    public void accept(long roundId, long scoreId, long version, String reason, CurrentUser user) {
        UnitScore score = open(roundId, scoreId, version, user);
        BigDecimal before = score.getAppraisedScore();
        score.accept(reason, user.username(), Instant.now(clock));
        history.record(roundId, score, UnitIndexChangeKind.ACCEPTED, user.username(), UnitIndexHistory.fields()
                .add("unitindex.score.appraisedScore", before, score.getAppraisedScore())
                .add("unitindex.score.appraisalReason", null, score.getAppraisalReason()));
    }

    public void set(long roundId, long scoreId, long version, String value, String reason, CurrentUser user) {
        UnitScore score = open(roundId, scoreId, version, user);
        BigDecimal appraised = SelfScore.parse(score.getMaxPoints(), score.getScoreStep(), value, "score");
        BigDecimal before = score.getAppraisedScore();
        score.set(appraised, reason, user.username(), Instant.now(clock));
        history.record(roundId, score, score.getAppraisal() == AppraisalState.SET ? UnitIndexChangeKind.SET
                : UnitIndexChangeKind.ACCEPTED, user.username(), UnitIndexHistory.fields()
                .add("unitindex.score.appraisedScore", before, appraised)
                .add("unitindex.score.appraisalReason", null, score.getAppraisalReason()));
    }

    /**
     * Accepts every line of one unit's area that the unit scored and that still waits, as the page showed them
     * ({@code versions}: line id → version seen). Refused as a whole when one of them changed meanwhile.
     *
     * @return how many lines were accepted
     */
    public int acceptArea(long roundId, long unitId, long areaId, Map<Long, Long> versions, CurrentUser user) {
        if (!council.appraises(user, roundId, areaId)) {
            throw new NotFoundException("Unit index area", areaId);
        }
        UnitIndexRound round = round(roundId);
        UnitSheet sheet = sheets.findByRoundIdAndUnitId(roundId, unitId)
                .orElseThrow(() -> new NotFoundException("Unit index sheet", unitId));
        council.requireNoConflict(user, round, unitId);
        requireAppraisable(round, sheet);
        List<UnitScore> waiting = scores.findByRoundIdAndUnitIdAndAreaId(roundId, unitId, areaId).stream()
                .filter(score -> score.needsAppraisal() && score.getAppraisal() == AppraisalState.PENDING
                        && score.getSelfScore() != null)
                .toList();
        if (waiting.isEmpty()) {
            throw new RuleViolationException("unitindex.appraisal.error.nothingWaiting");
        }
        for (UnitScore score : waiting) {
            Long seen = versions.get(score.getId());
            if (seen == null || seen != score.getVersion()) {
                throw new ConcurrentEditException("Unit index score", score.getId());
            }
        }
        Instant now = Instant.now(clock);
        List<UnitIndexChange> lines = new java.util.ArrayList<>();
        for (UnitScore score : waiting) {
            score.accept(null, user.username(), now);
            lines.add(UnitIndexHistory.line(score, UnitIndexChangeKind.ACCEPTED, user.username(), now,
                    UnitIndexHistory.fields().add("unitindex.score.appraisedScore", null, score.getAppraisedScore())));
        }
        history.recordAll(lines);
        return waiting.size();
    }

    private UnitScore open(long roundId, long scoreId, long version, CurrentUser user) {
        UnitScore score = appraisable(roundId, scoreId, user);
        UnitIndexRound round = round(roundId);
        council.requireNoConflict(user, round, score.getUnitId());
        requireAppraisable(round, sheets.findById(score.getSheetId()).orElseThrow());
        ConcurrentEditException.check("Unit index score", scoreId, version, score.getVersion());
        return score;
    }

    private void requireAppraisable(UnitIndexRound round, UnitSheet sheet) {
        if (!round.isOpen()) {
            throw new RuleViolationException("unitindex.appraisal.error.closed");
        }
        if (!sheet.isAppraisable(round, LocalDate.now(clock))) {
            throw new RuleViolationException("unitindex.appraisal.error.notSubmitted");
        }
    }

    private UnitIndexRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Unit index round", roundId));
    }
}
