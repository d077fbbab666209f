package vn.reformtrack.unitindex;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Home Affairs' work on a year's round: open it for chosen groups (every unit of those groups gets its sheet, every
 * applicable leaf of its set a score line), change the timetable, thresholds and chair, give a late unit more time,
 * declare criteria not applicable to units, publish the preliminary scores, publish the results. Everyone reads the
 * rounds through {@link UnitRoundQueries}; these are the writes.
 */
@Service
@Transactional
public class UnitIndexRounds {

    private final UnitIndexRoundRepository rounds;
    private final UnitSheetRepository sheets;
    private final UnitScoreRepository scores;
    private final ContestRepository contests;
    private final UnitGroups groups;
    private final CriteriaSets sets;
    private final Publication publication;
    private final UnitIndexHistory history;
    private final UserDirectory users;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    UnitIndexRounds(UnitIndexRoundRepository rounds, UnitSheetRepository sheets, UnitScoreRepository scores,
            ContestRepository contests, UnitGroups groups, CriteriaSets sets, Publication publication,
            UnitIndexHistory history, UserDirectory users, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
            ApplicationEventPublisher events, Clock clock) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.scores = scores;
        this.contests = contests;
        this.groups = groups;
        this.sets = sets;
        this.publication = publication;
        this.history = history;
        this.users = users;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public UnitIndexRound get(long id) {
        return rounds.findById(id).orElseThrow(() -> new NotFoundException("Unit index round", id));
    }

    public UnitIndexRound open(OpenRoundCommand command, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        int year = command.year();
        if (year < 2000 || year > 2100) {
            throw RuleViolationException.onField("year", "unitindex.round.error.year");
        }
        rounds.findByYear(year).ifPresent(existing -> {
            throw RuleViolationException.onField("year", "unitindex.round.error.exists", String.valueOf(year));
        });
        Timetable timetable = command.timetable().requireValid();
        if (timetable.selfAssessmentDeadline().isBefore(today())) {
            throw RuleViolationException.onField("selfAssessmentDeadline", "unitindex.timetable.error.past");
        }
        command.thresholds().requireValid();
        requireChair(command.chairUserId());
        if (command.groupIds().isEmpty()) {
            throw RuleViolationException.onField("groupIds", "unitindex.round.error.noGroups");
        }
        return create(year, command.groupIds(), timetable, command.thresholds(), command.chairUserId(), user.username());
    }

    /**
     * The round with every unit's sheet of the groups and every applicable leaf of their sets, for a year's timetable
     * already checked (the demo makes past rounds through this).
     */
    UnitIndexRound create(int year, List<Long> groupIds, Timetable timetable, ClassThresholds thresholds,
            Long chairUserId, String by) {
        List<Opening> openings = new ArrayList<>();
        for (Long groupId : groupIds.stream().distinct().toList()) {
            openings.add(opening(groupId, year));
        }
        UnitIndexRound round = rounds.save(new UnitIndexRound(year, timetable, thresholds, chairUserId));
        for (Opening opening : openings) {
            jdbc.sql("insert into unit_index_round_group (round_id, group_id, version_id) values (:r, :g, :v)")
                    .param("r", round.getId()).param("g", opening.group().getId())
                    .param("v", opening.set().version().id()).update();
            List<UnitSheet> created = sheets.saveAll(opening.units().stream()
                    .map(unit -> new UnitSheet(round.getId(), unit.id(), opening.group().getId(),
                            opening.set().version().id()))
                    .toList());
            insertScores(created, opening.set().leaves().stream().map(SetNode::template).toList(), by);
        }
        history.record(round.getId(), null, null, UnitIndexChangeKind.ROUND_OPENED, by,
                UnitIndexHistory.fields()
                        .add("unitindex.timetable.selfAssessmentDeadline", null, timetable.selfAssessmentDeadline())
                        .add("unitindex.round.units", null, openings.stream().mapToInt(o -> o.units().size()).sum()));
        return round;
    }

    public void reschedule(long roundId, long version, Timetable timetable, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = get(roundId);
        ConcurrentEditException.check("Unit index round", roundId, version, round.getVersion());
        Timetable before = round.timetable();
        timetable.requireValid();
        if (round.getStatus() == IndexRoundStatus.PRELIMINARY && timetable.explanationTo().isBefore(today())
                && !before.explanationTo().isBefore(today())) {
            throw RuleViolationException.onField("explanationTo", "unitindex.timetable.error.windowShortened");
        }
        round.reschedule(timetable);
        history.record(roundId, null, null, UnitIndexChangeKind.TIMETABLE_CHANGED, user.username(),
                UnitIndexHistory.fields()
                        .add("unitindex.timetable.selfAssessmentDeadline", before.selfAssessmentDeadline(),
                                timetable.selfAssessmentDeadline())
                        .add("unitindex.timetable.appraisalDeadline", before.appraisalDeadline(), timetable.appraisalDeadline())
                        .add("unitindex.timetable.explanationFrom", before.explanationFrom(), timetable.explanationFrom())
                        .add("unitindex.timetable.explanationTo", before.explanationTo(), timetable.explanationTo())
                        .add("unitindex.timetable.publicationDate", before.publicationDate(), timetable.publicationDate()));
        if (round.getStatus() == IndexRoundStatus.PRELIMINARY) {
            announceIfOpen(round);
        }
    }

    public void regrade(long roundId, long version, ClassThresholds thresholds, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = get(roundId);
        ConcurrentEditException.check("Unit index round", roundId, version, round.getVersion());
        ClassThresholds before = round.thresholds();
        round.regrade(thresholds);
        history.record(roundId, null, null, UnitIndexChangeKind.CLASSES_CHANGED, user.username(),
                UnitIndexHistory.fields()
                        .add("IndexClass.EXCELLENT", before.excellent(), thresholds.excellent())
                        .add("IndexClass.GOOD", before.good(), thresholds.good())
                        .add("IndexClass.FAIR", before.fair(), thresholds.fair())
                        .add("IndexClass.AVERAGE", before.average(), thresholds.average()));
    }

    public void changeChair(long roundId, long version, Long chairUserId, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = get(roundId);
        ConcurrentEditException.check("Unit index round", roundId, version, round.getVersion());
        requireChair(chairUserId);
        round.changeChair(chairUserId);
    }

    /** A later deadline for one unit that has not submitted. */
    public void extend(long roundId, long unitId, LocalDate until, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = get(roundId);
        UnitSheet sheet = sheets.findByRoundIdAndUnitId(roundId, unitId)
                .orElseThrow(() -> new NotFoundException("Unit index sheet", unitId));
        LocalDate before = sheet.deadline(round);
        sheet.extend(round, until, today());
        history.record(roundId, unitId, null, UnitIndexChangeKind.EXTENDED, user.username(),
                UnitIndexHistory.fields().add("unitindex.sheet.deadline", before, until));
    }

    /**
     * Declares a criterion (and everything below it) not applicable to units, with the reason; its points and maximum
     * leave their index. Refused once the preliminary scores are out.
     *
     * @return how many score lines changed
     */
    public int exclude(long roundId, List<Long> unitIds, long criterionId, String reason, CurrentUser user) {
        return applicability(roundId, unitIds, criterionId, reason, user, false);
    }

    /** Makes a criterion applicable again to units (their recorded scores count again). */
    public int include(long roundId, List<Long> unitIds, long criterionId, CurrentUser user) {
        return applicability(roundId, unitIds, criterionId, null, user, true);
    }

    /**
     * The units see the council's scores and may explain them in the window. Refused while a score line still waits
     * for the council, naming the units.
     */
    public void publishPreliminary(long roundId, long version, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = get(roundId);
        ConcurrentEditException.check("Unit index round", roundId, version, round.getVersion());
        round.requireOpen();
        List<String> waiting = jdbc.sql("""
                        select u.name, count(*) as lines from unit_index_score s join unit u on u.id = s.unit_id
                        where s.round_id = :round and s.applicable and s.part <> 'SURVEY' and s.appraisal = 'PENDING'
                          and (s.part = 'SELF_SCORED' or s.self_score is not null)
                        group by u.name order by u.name
                        """)
                .param("round", roundId)
                .query((rs, i) -> rs.getString("name") + " (" + rs.getLong("lines") + ")")
                .list();
        if (!waiting.isEmpty()) {
            throw new RuleViolationException("unitindex.preliminary.error.unappraised", waiting.size(),
                    names(waiting));
        }
        round.publishPreliminary(user.username(), Instant.now(clock));
        history.record(roundId, null, null, UnitIndexChangeKind.PRELIMINARY_PUBLISHED, user.username(),
                UnitIndexHistory.fields());
        List<Long> unitIds = unitIds(roundId);
        events.publishEvent(new UnitIndexPreliminaryPublished(roundId, round.getYear(), round.getExplanationFrom(),
                round.getExplanationTo(), unitIds));
        announceIfOpen(round);
    }

    /** Tells once that a round's explanation window is open (the daily job and the preliminary publication call it). */
    void announceIfOpen(UnitIndexRound round) {
        if (round.getStatus() == IndexRoundStatus.PRELIMINARY && round.timetable().windowContains(today())
                && round.announceWindow(Instant.now(clock))) {
            events.publishEvent(new ExplanationWindowOpened(round.getId(), round.getYear(), round.getExplanationTo(),
                    unitIds(round.getId())));
        }
    }

    /** Every round whose window opens today (or opened while nobody was told). */
    public void announceOpenWindows() {
        rounds.findByStatus(IndexRoundStatus.PRELIMINARY).forEach(this::announceIfOpen);
    }

    /**
     * The final results, by decision: refused before the window has closed, while an explanation waits for its answer,
     * or while a unit's survey part is missing. Every unit's index, rank and class are stored; nothing changes after.
     */
    public List<UnitResult> publish(long roundId, long version, Decision decision, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = get(roundId);
        ConcurrentEditException.check("Unit index round", roundId, version, round.getVersion());
        requireDecision(decision);
        if (round.getStatus() != IndexRoundStatus.PRELIMINARY) {
            throw new RuleViolationException("unitindex.round.error.notPreliminary");
        }
        long open = contests.countByRoundIdAndAnswerIsNull(roundId);
        if (open > 0) {
            throw new RuleViolationException("unitindex.publish.error.openContests", open);
        }
        List<String> noSurvey = jdbc.sql("""
                        select distinct u.name from unit_index_score s join unit u on u.id = s.unit_id
                        where s.round_id = :round and s.part = 'SURVEY' and s.applicable and s.survey_points is null
                        order by u.name
                        """)
                .param("round", roundId).query(String.class).list();
        if (!noSurvey.isEmpty()) {
            throw new RuleViolationException("unitindex.publish.error.survey", noSurvey.size(), names(noSurvey));
        }
        List<UnitResult> results = publication.compute(round);
        round.publish(decision, user.username(), Instant.now(clock), today());
        publication.store(roundId, results);
        history.record(roundId, null, null, UnitIndexChangeKind.PUBLISHED, user.username(),
                UnitIndexHistory.fields().add("unitindex.decision.number", null, round.getDecisionNumber()));
        events.publishEvent(new UnitIndexPublished(roundId, round.getYear(), round.getDecisionNumber()));
        return results;
    }

    private int applicability(long roundId, List<Long> unitIds, long criterionId, String reason, CurrentUser user,
            boolean applicable) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = get(roundId);
        round.requireOpen();
        if (unitIds == null || unitIds.isEmpty()) {
            throw RuleViolationException.onField("unitIds", "unitindex.applicability.error.units");
        }
        if (!applicable && (reason == null || reason.isBlank())) {
            throw RuleViolationException.onField("reason", "unitindex.applicability.error.reason");
        }
        int changed = 0;
        for (Long unitId : unitIds) {
            UnitSheet sheet = sheets.findByRoundIdAndUnitId(roundId, unitId)
                    .orElseThrow(() -> RuleViolationException.onField("unitIds", "unitindex.applicability.error.unit"));
            List<Long> leaves = leavesUnder(sheet.getVersionId(), criterionId);
            if (leaves.isEmpty()) {
                throw RuleViolationException.onField("criterionId", "unitindex.applicability.error.criterion");
            }
            for (UnitScore score : scores.findBySheetIdOrderByPosition(sheet.getId())) {
                if (!leaves.contains(score.getCriterionId()) || score.isApplicable() == applicable) {
                    continue;
                }
                if (applicable) {
                    score.include();
                } else {
                    score.exclude(reason);
                }
                changed++;
                history.record(roundId, score, applicable ? UnitIndexChangeKind.APPLICABLE
                        : UnitIndexChangeKind.NOT_APPLICABLE, user.username(), UnitIndexHistory.fields()
                        .add("unitindex.score.notApplicableReason", applicable ? reason : null,
                                applicable ? null : reason.strip()));
            }
        }
        return changed;
    }

    /** The leaves of a set at or below a criterion of that set. */
    private List<Long> leavesUnder(long versionId, long criterionId) {
        CriteriaSet set = sets.ofVersion(versionId);
        java.util.Set<Long> below = new java.util.HashSet<>();
        for (SetNode node : set.nodes()) {
            Long parent = node.criterion().parentId();
            if (node.id() == criterionId || parent != null && below.contains(parent)) {
                below.add(node.id());
            }
        }
        return set.leaves().stream().map(SetNode::id).filter(below::contains).toList();
    }

    private record Opening(UnitGroup group, CriteriaSet set, List<UnitSummary> units) {}

    private Opening opening(long groupId, int year) {
        UnitGroup group = groups.get(groupId);
        if (!group.isActive()) {
            throw RuleViolationException.onField("groupIds", "unitindex.group.error.inactive", group.getNameVi());
        }
        CriteriaSet set = sets.forYear(groupId, year).orElseThrow(() -> RuleViolationException.onField("groupIds",
                "unitindex.round.error.noSet", group.getNameVi(), String.valueOf(year)));
        if (!set.usable()) {
            SetProblem first = set.problems().get(0);
            throw RuleViolationException.onField("groupIds", "unitindex.round.error.setProblems", group.getNameVi(),
                    set.problems().size(), new org.springframework.context.support.DefaultMessageSourceResolvable(
                            new String[] {first.messageKey()}, first.arguments()));
        }
        List<UnitSummary> units = groups.members(groupId, year).stream().filter(UnitSummary::active).toList();
        if (units.isEmpty()) {
            throw RuleViolationException.onField("groupIds", "unitindex.round.error.noUnits", group.getNameVi(),
                    String.valueOf(year));
        }
        return new Opening(group, set, units);
    }

    /** The score lines of new sheets, in batches: a round of 250 units × 60 criteria is 15,000 rows. */
    private void insertScores(List<UnitSheet> created, List<UnitScore.Template> templates, String by) {
        List<Object[]> rows = new ArrayList<>();
        for (UnitSheet sheet : created) {
            for (UnitScore.Template t : templates) {
                rows.add(new Object[] {sheet, t});
            }
        }
        jdbcTemplate.batchUpdate("""
                insert into unit_index_score (sheet_id, round_id, unit_id, criterion_id, area_id, position, part,
                    max_points, score_step, pool_id, pool_limit, survey_scale_min, survey_scale_max, created_by, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        UnitSheet sheet = (UnitSheet) rows.get(i)[0];
                        UnitScore.Template t = (UnitScore.Template) rows.get(i)[1];
                        ps.setLong(1, sheet.getId());
                        ps.setLong(2, sheet.getRoundId());
                        ps.setLong(3, sheet.getUnitId());
                        ps.setLong(4, t.criterionId());
                        ps.setLong(5, t.areaId());
                        ps.setInt(6, t.position());
                        ps.setString(7, t.part().name());
                        ps.setBigDecimal(8, t.maxPoints());
                        ps.setBigDecimal(9, t.scoreStep());
                        ps.setObject(10, t.poolId(), Types.BIGINT);
                        ps.setBigDecimal(11, t.poolLimit());
                        ps.setBigDecimal(12, t.surveyScale() == null ? null : t.surveyScale().min());
                        ps.setBigDecimal(13, t.surveyScale() == null ? null : t.surveyScale().max());
                        ps.setString(14, by);
                        ps.setString(15, by);
                    }

                    @Override
                    public int getBatchSize() {
                        return rows.size();
                    }
                });
    }

    private void requireChair(Long chairUserId) {
        if (chairUserId == null) {
            return;
        }
        UserSummary chair = users.find(chairUserId)
                .orElseThrow(() -> RuleViolationException.onField("chairUserId", "unitindex.round.error.chair"));
        if (chair.role() != Role.COORDINATOR) {
            throw RuleViolationException.onField("chairUserId", "unitindex.round.error.chair");
        }
    }

    private static void requireDecision(Decision decision) {
        if (decision == null || decision.number() == null || decision.number().isBlank()) {
            throw RuleViolationException.onField("decisionNumber", "unitindex.decision.error.number");
        }
        if (!vn.reformtrack.indices.LegalBasis.isWellFormed(decision.number())) {
            throw RuleViolationException.onField("decisionNumber", "unitindex.decision.error.numberFormat",
                    decision.number().strip());
        }
        if (decision.date() == null) {
            throw RuleViolationException.onField("decisionDate", "unitindex.decision.error.date");
        }
        if (decision.signer() == null || decision.signer().isBlank()) {
            throw RuleViolationException.onField("decisionSigner", "unitindex.decision.error.signer");
        }
    }

    private List<Long> unitIds(long roundId) {
        return jdbc.sql("select unit_id from unit_index_sheet where round_id = :round order by unit_id")
                .param("round", roundId).query(Long.class).list();
    }

    /** The first few names and how many more: "Sở Y tế (3), Sở Xây dựng (1) …". */
    private static String names(List<String> names) {
        String shown = names.stream().limit(5).collect(Collectors.joining(", "));
        return names.size() > 5 ? shown + ", …" : shown;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
