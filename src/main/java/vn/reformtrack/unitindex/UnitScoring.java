package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.assessment.CriterionCodeOrder;
import vn.reformtrack.assessment.SelfScore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A unit's own work on its sheet, up to its deadline: its staff and head record each criterion (score, how it was
 * reached, evidence); the head submits the sheet. A save that meets a newer one is refused, never merged: the form
 * comes back as typed. Submission is refused as a whole, naming the criteria, while one is unscored or scores above
 * zero with no evidence and no reason why.
 */
@Service
@Transactional
public class UnitScoring {

    private final UnitIndexRoundRepository rounds;
    private final UnitSheetRepository sheets;
    private final UnitScoreRepository scores;
    private final UnitEvidence evidence;
    private final YearAtHand yearAtHand;
    private final UnitIndexHistory history;
    private final IndexCatalog catalog;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitScoring(UnitIndexRoundRepository rounds, UnitSheetRepository sheets, UnitScoreRepository scores,
            UnitEvidence evidence, YearAtHand yearAtHand, UnitIndexHistory history, IndexCatalog catalog,
            ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.scores = scores;
        this.evidence = evidence;
        this.yearAtHand = yearAtHand;
        this.history = history;
        this.catalog = catalog;
        this.events = events;
        this.clock = clock;
    }

    public void record(long roundId, long scoreId, long version, RecordCommand command, CurrentUser user) {
        UnitScore score = scores.findByIdAndRoundId(scoreId, roundId)
                .orElseThrow(() -> new NotFoundException("Unit index score", scoreId));
        if (!UnitIndexAccess.ofUnit(user, score.getUnitId())) {
            throw new NotFoundException("Unit index score", scoreId);
        }
        UnitIndexRound round = rounds.findById(roundId).orElseThrow();
        UnitSheet sheet = sheets.findById(score.getSheetId()).orElseThrow();
        sheet.requireRecordable(round, LocalDate.now(clock));
        ConcurrentEditException.check("Unit index score", scoreId, version, score.getVersion());
        BigDecimal value = SelfScore.parseOptional(score.getMaxPoints(), score.getScoreStep(), command.score(), "score");
        Set<Long> files = evidence.ownedBy(command.evidenceIds(), score.getUnitId());
        Set<ScoreReference> references = references(command, score.getUnitId(), round.getYear());
        UnitIndexHistory.Fields fields = UnitIndexHistory.fields()
                .add("unitindex.score.selfScore", score.getSelfScore(), value)
                .add("unitindex.score.method", score.getMethod(), blankToNull(command.method()))
                .add("unitindex.score.noEvidenceReason", score.getNoEvidenceReason(), blankToNull(command.noEvidenceReason()));
        Instant now = Instant.now(clock);
        int filesBefore = score.getFiles().size();
        int referencesBefore = score.getReferences().size();
        score.record(value, command.method(), command.noEvidenceReason(), user.username(), now);
        if (score.replaceFiles(files, user.username(), now)) {
            fields.add("unitindex.score.files", filesBefore, files.size());
        }
        if (score.replaceReferences(references)) {
            fields.add("unitindex.score.references", referencesBefore, references.size());
        }
        history.record(roundId, score, UnitIndexChangeKind.RECORDED, user.username(), fields);
    }

    /**
     * What the head's submission covers, stamped as the page shows it: the sheet's version and its lines' versions. A
     * submission with another stamp meets a change made since, and is refused.
     */
    @Transactional(readOnly = true)
    public String stamp(long roundId, long unitId) {
        UnitSheet sheet = sheets.findByRoundIdAndUnitId(roundId, unitId)
                .orElseThrow(() -> new NotFoundException("Unit index sheet", unitId));
        long lines = scores.findBySheetIdOrderByPosition(sheet.getId()).stream().mapToLong(UnitScore::getVersion).sum();
        return sheet.getVersion() + ":" + lines;
    }

    /** The head sends the sheet; refused as a whole, naming criteria, when something is missing. */
    public void submit(long roundId, long unitId, String stamp, CurrentUser user) {
        UnitSheet sheet = sheets.findByRoundIdAndUnitId(roundId, unitId)
                .filter(found -> UnitIndexAccess.ofUnit(user, found.getUnitId()))
                .orElseThrow(() -> new NotFoundException("Unit index sheet", unitId));
        UnitIndexAccess.requireHeadOf(user, unitId);
        UnitIndexRound round = rounds.findById(roundId).orElseThrow();
        sheet.requireRecordable(round, LocalDate.now(clock));
        if (!stamp(roundId, unitId).equals(stamp)) {
            throw new ConcurrentEditException("Unit index sheet", sheet.getId());
        }
        List<UnitScore> lines = scores.findBySheetIdOrderByPosition(sheet.getId());
        Map<Long, CriterionSummary> criteria = catalog.criteria(lines.stream().map(UnitScore::getCriterionId).toList());
        List<String> unscored = new ArrayList<>();
        List<String> unbacked = new ArrayList<>();
        for (UnitScore line : lines) {
            String code = criteria.get(line.getCriterionId()).code();
            if (line.lacksScore()) {
                unscored.add(code);
            } else if (line.lacksEvidence()) {
                unbacked.add(code);
            }
        }
        if (!unscored.isEmpty() || !unbacked.isEmpty()) {
            throw new RuleViolationException("unitindex.submit.error.incomplete", codes(unscored), codes(unbacked));
        }
        sheet.submit(round, user.username(), Instant.now(clock), LocalDate.now(clock));
        history.record(roundId, unitId, null, UnitIndexChangeKind.SUBMITTED, user.username(),
                UnitIndexHistory.fields().add("unitindex.sheet.status", SheetStatus.DRAFT, SheetStatus.SUBMITTED));
        events.publishEvent(new UnitSheetSubmitted(roundId, round.getYear(), unitId));
    }

    /** The reports and tasks named, each one of the unit's own of the round's year. */
    private Set<ScoreReference> references(RecordCommand command, long unitId, int year) {
        Set<ScoreReference> named = new HashSet<>();
        if (!command.reportIds().isEmpty()) {
            Set<Long> own = yearAtHand.reports(unitId, year).stream().map(YearReport::id).collect(Collectors.toSet());
            if (!own.containsAll(command.reportIds())) {
                throw RuleViolationException.onField("reportIds", "unitindex.score.error.report");
            }
            command.reportIds().forEach(id -> named.add(new ScoreReference(ReferenceKind.REPORT, id)));
        }
        if (!command.taskIds().isEmpty()) {
            Set<Long> own = yearAtHand.tasks(unitId, year).stream().map(YearTask::id).collect(Collectors.toSet());
            if (!own.containsAll(command.taskIds())) {
                throw RuleViolationException.onField("taskIds", "unitindex.score.error.task");
            }
            command.taskIds().forEach(id -> named.add(new ScoreReference(ReferenceKind.TASK, id)));
        }
        return named;
    }

    private static String codes(List<String> codes) {
        return codes.isEmpty() ? "—" : codes.stream().sorted(CriterionCodeOrder.INSTANCE).collect(Collectors.joining(", "));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
