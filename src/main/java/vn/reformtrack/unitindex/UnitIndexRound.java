package vn.reformtrack.unitindex;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;
import vn.reformtrack.shared.persistence.AuditedEntity;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The year's round of the unit index: its timetable, class thresholds and chair; open (self-assessment, then
 * appraisal), preliminary results published (explanations within the window, then locked), published by decision.
 * It guards its own transitions.
 */
@Entity
@Audited
@Table(name = "unit_index_round")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class UnitIndexRound extends AuditedEntity {

    private int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private IndexRoundStatus status = IndexRoundStatus.OPEN;

    private LocalDate selfAssessmentDeadline;
    private LocalDate appraisalDeadline;
    private LocalDate explanationFrom;
    private LocalDate explanationTo;
    private LocalDate publicationDate;

    private Long chairUserId;

    private BigDecimal classExcellent;
    private BigDecimal classGood;
    private BigDecimal classFair;
    private BigDecimal classAverage;

    private Instant preliminaryAt;
    private String preliminaryBy;
    private Instant windowAnnouncedAt;
    private Instant publishedAt;
    private String publishedBy;

    private String decisionNumber;
    private LocalDate decisionDate;
    private String decisionSigner;
    private String decisionSignerTitle;

    UnitIndexRound(int year, Timetable timetable, ClassThresholds thresholds, Long chairUserId) {
        this.year = year;
        this.chairUserId = chairUserId;
        schedule(timetable);
        grade(thresholds);
    }

    public Timetable timetable() {
        return new Timetable(selfAssessmentDeadline, appraisalDeadline, explanationFrom, explanationTo, publicationDate);
    }

    public ClassThresholds thresholds() {
        return new ClassThresholds(classExcellent, classGood, classFair, classAverage);
    }

    public Decision decision() {
        return new Decision(decisionNumber, decisionDate, decisionSigner, decisionSignerTitle);
    }

    /** What the round allows on {@code today}. */
    public RoundPhase phase(LocalDate today) {
        return RoundPhase.of(status, selfAssessmentDeadline, explanationFrom, explanationTo, today);
    }

    /** A new timetable, until the results are published; the window may not close before today once announced. */
    void reschedule(Timetable timetable) {
        requireNotPublished();
        schedule(timetable);
    }

    void changeChair(Long chairUserId) {
        requireNotPublished();
        this.chairUserId = chairUserId;
    }

    void regrade(ClassThresholds thresholds) {
        requireNotPublished();
        grade(thresholds);
    }

    /** The units see the council's scores and may explain them within the window. */
    void publishPreliminary(String by, Instant at) {
        if (status != IndexRoundStatus.OPEN) {
            throw new RuleViolationException("unitindex.round.error.notOpen");
        }
        this.status = IndexRoundStatus.PRELIMINARY;
        this.preliminaryAt = at;
        this.preliminaryBy = by;
    }

    /** Marks the window's opening as told (once). */
    boolean announceWindow(Instant at) {
        if (windowAnnouncedAt != null) {
            return false;
        }
        this.windowAnnouncedAt = at;
        return true;
    }

    /** Final: nothing in the round changes any more. Only after the explanation window has closed. */
    void publish(Decision decision, String by, Instant at, LocalDate today) {
        if (status != IndexRoundStatus.PRELIMINARY) {
            throw new RuleViolationException("unitindex.round.error.notPreliminary");
        }
        if (!today.isAfter(explanationTo)) {
            throw new RuleViolationException("unitindex.round.error.windowOpen", UnitIndexHistory.DATE.format(explanationTo));
        }
        this.decisionNumber = blankToNull(decision.number());
        this.decisionDate = decision.date();
        this.decisionSigner = blankToNull(decision.signer());
        this.decisionSignerTitle = blankToNull(decision.signerTitle());
        this.status = IndexRoundStatus.PUBLISHED;
        this.publishedAt = at;
        this.publishedBy = by;
    }

    void requireOpen() {
        if (status != IndexRoundStatus.OPEN) {
            throw new RuleViolationException("unitindex.round.error.notOpen");
        }
    }

    void requireNotPublished() {
        if (status == IndexRoundStatus.PUBLISHED) {
            throw new RuleViolationException("unitindex.round.error.published");
        }
    }

    /** Whether {@code userId} chairs the council of this round. */
    public boolean chairedBy(long userId) {
        return chairUserId != null && chairUserId == userId;
    }

    public boolean isOpen() {
        return status == IndexRoundStatus.OPEN;
    }

    public boolean isPublished() {
        return status == IndexRoundStatus.PUBLISHED;
    }

    /** Units see the council's scores from the preliminary results on. */
    public boolean showsAppraisalToUnits() {
        return status != IndexRoundStatus.OPEN;
    }

    private void schedule(Timetable timetable) {
        timetable.requireValid();
        this.selfAssessmentDeadline = timetable.selfAssessmentDeadline();
        this.appraisalDeadline = timetable.appraisalDeadline();
        this.explanationFrom = timetable.explanationFrom();
        this.explanationTo = timetable.explanationTo();
        this.publicationDate = timetable.publicationDate();
    }

    private void grade(ClassThresholds thresholds) {
        thresholds.requireValid();
        this.classExcellent = thresholds.excellent();
        this.classGood = thresholds.good();
        this.classFair = thresholds.fair();
        this.classAverage = thresholds.average();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
