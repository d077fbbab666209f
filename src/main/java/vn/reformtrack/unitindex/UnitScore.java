package vn.reformtrack.unitindex;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * One leaf criterion of a unit's sheet, with the criterion's maximum, step and kind as they were when the round
 * opened: the unit's score, how it was reached and its evidence; the council's appraisal beside it (never over it);
 * for a survey criterion, the survey's figure, sample and points. Scores reach it already checked against maximum and
 * step; it guards the rest.
 */
@Entity
@Audited
@Table(name = "unit_index_score")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UnitScore extends AuditedEntity {

    private long sheetId;
    private long roundId;
    private long unitId;
    private long criterionId;
    private long areaId;
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private CriterionPart part;

    private BigDecimal maxPoints;
    private BigDecimal scoreStep;
    private Long poolId;
    private BigDecimal poolLimit;
    private BigDecimal surveyScaleMin;
    private BigDecimal surveyScaleMax;

    private boolean applicable = true;
    private String notApplicableReason;

    private BigDecimal selfScore;
    private String method;
    private String noEvidenceReason;
    private Instant recordedAt;
    private String recordedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private AppraisalState appraisal = AppraisalState.PENDING;

    private BigDecimal appraisedScore;
    private String appraisalReason;
    private Instant appraisedAt;
    private String appraisedBy;

    private BigDecimal surveyValue;
    private Integer surveySample;
    private BigDecimal surveyPoints;

    // A sheet's lines are read together (submission checks every line's evidence): one query fetches the files, or
    // the references, of all the lines the first query loaded, instead of one query a line.
    @ElementCollection
    @CollectionTable(name = "unit_index_score_evidence", joinColumns = @JoinColumn(name = "score_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<ScoreFile> files = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "unit_index_score_reference", joinColumns = @JoinColumn(name = "score_id"))
    @Fetch(FetchMode.SUBSELECT)
    private Set<ScoreReference> references = new HashSet<>();

    /** The criterion as the round copies it into each sheet. */
    record Template(long criterionId, long areaId, int position, CriterionPart part, BigDecimal maxPoints,
            BigDecimal scoreStep, Long poolId, BigDecimal poolLimit, SurveyScale surveyScale) {}

    UnitScore(UnitSheet sheet, Template template) {
        this.sheetId = sheet.getId();
        this.roundId = sheet.getRoundId();
        this.unitId = sheet.getUnitId();
        this.criterionId = template.criterionId();
        this.areaId = template.areaId();
        this.position = template.position();
        this.part = template.part();
        this.maxPoints = template.maxPoints();
        this.scoreStep = template.scoreStep();
        this.poolId = template.poolId();
        this.poolLimit = template.poolLimit();
        if (template.surveyScale() != null) {
            this.surveyScaleMin = template.surveyScale().min();
            this.surveyScaleMax = template.surveyScale().max();
        }
    }

    /** The unit's draft: its score (checked already; null while unknown), how it was reached, why it has no file. */
    void record(BigDecimal score, String method, String noEvidenceReason, String by, Instant at) {
        requireRecordableByUnit();
        this.selfScore = score;
        this.method = blankToNull(method);
        this.noEvidenceReason = blankToNull(noEvidenceReason);
        this.recordedAt = at;
        this.recordedBy = by;
    }

    /** Sets the score's files to exactly {@code evidenceIds}; returns whether anything changed. */
    boolean replaceFiles(Set<Long> evidenceIds, String by, Instant at) {
        Set<Long> before = new HashSet<>();
        files.forEach(file -> before.add(file.getEvidenceId()));
        if (before.equals(evidenceIds)) {
            return false;
        }
        files.removeIf(file -> !evidenceIds.contains(file.getEvidenceId()));
        evidenceIds.stream().filter(id -> !before.contains(id)).forEach(id -> files.add(new ScoreFile(id, at, by)));
        return true;
    }

    boolean replaceReferences(Set<ScoreReference> named) {
        if (references.equals(named)) {
            return false;
        }
        references.clear();
        references.addAll(named);
        return true;
    }

    /** Scored above zero (as self-scored or bonus) with neither a file, a report or task, nor a reason why not. */
    public boolean lacksEvidence() {
        return applicable && (part == CriterionPart.SELF_SCORED || part == CriterionPart.BONUS)
                && selfScore != null && selfScore.signum() > 0 && files.isEmpty() && references.isEmpty()
                && noEvidenceReason == null;
    }

    /** A self-scored criterion the unit must score before its head submits. */
    public boolean lacksScore() {
        return applicable && part == CriterionPart.SELF_SCORED && selfScore == null;
    }

    /** Not applicable to this unit (with the reason): neither its points nor its maximum count. */
    void exclude(String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.onField("reason", "unitindex.applicability.error.reason");
        }
        this.applicable = false;
        this.notApplicableReason = reason.strip();
    }

    void include() {
        this.applicable = true;
        this.notApplicableReason = null;
    }

    /** Whether the council has something to say: a self-scored criterion, or a bonus or deduction line claimed. */
    public boolean needsAppraisal() {
        return applicable && part != CriterionPart.SURVEY
                && (part == CriterionPart.SELF_SCORED || selfScore != null);
    }

    /** The council keeps the unit's score. */
    void accept(String reason, String by, Instant at) {
        requireAppraisable();
        if (selfScore == null) {
            throw RuleViolationException.onField("score", "unitindex.appraisal.error.nothingToAccept");
        }
        appraise(AppraisalState.ACCEPTED, selfScore, reason, by, at);
    }

    /** The council sets a score (checked already); another than the unit's always with its reason. */
    void set(BigDecimal score, String reason, String by, Instant at) {
        requireAppraisable();
        boolean same = selfScore != null && score.compareTo(selfScore) == 0;
        if (!same && blankToNull(reason) == null) {
            throw RuleViolationException.onField("reason", "unitindex.appraisal.error.reason");
        }
        appraise(same ? AppraisalState.ACCEPTED : AppraisalState.SET, score, reason, by, at);
    }

    /** The council's answer to an explanation changes the score (checked already), with the answer's reason. */
    void change(BigDecimal score, String reason, String by, Instant at) {
        boolean same = selfScore != null && score.compareTo(selfScore) == 0;
        appraise(same ? AppraisalState.ACCEPTED : AppraisalState.SET, score, reason, by, at);
    }

    /** The survey's figure for this unit, its sample and the points it gives (checked and converted already). */
    void recordSurvey(BigDecimal value, int sample, BigDecimal points) {
        if (part != CriterionPart.SURVEY) {
            throw new RuleViolationException("unitindex.survey.error.notSurvey");
        }
        this.surveyValue = value;
        this.surveySample = sample;
        this.surveyPoints = points;
    }

    public SurveyScale surveyScale() {
        return surveyScaleMax == null ? SurveyScale.PERCENT
                : new SurveyScale(surveyScaleMin == null ? BigDecimal.ZERO : surveyScaleMin, surveyScaleMax);
    }

    /** What the index counts: the survey's points, else the council's score. */
    public BigDecimal finalScore() {
        return part == CriterionPart.SURVEY ? surveyPoints : appraisedScore;
    }

    public ScoreLine line() {
        return new ScoreLine(criterionId, part, maxPoints, applicable, selfScore, finalScore(), poolId, poolLimit);
    }

    private void requireRecordableByUnit() {
        if (!part.isRecordedByUnit()) {
            throw new RuleViolationException("unitindex.score.error.survey");
        }
        if (!applicable) {
            throw new RuleViolationException("unitindex.score.error.notApplicable");
        }
    }

    private void requireAppraisable() {
        if (part == CriterionPart.SURVEY) {
            throw new RuleViolationException("unitindex.score.error.survey");
        }
        if (!applicable) {
            throw new RuleViolationException("unitindex.score.error.notApplicable");
        }
    }

    private void appraise(AppraisalState state, BigDecimal score, String reason, String by, Instant at) {
        this.appraisal = state;
        this.appraisedScore = score;
        this.appraisalReason = blankToNull(reason);
        this.appraisedAt = at;
        this.appraisedBy = by;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
