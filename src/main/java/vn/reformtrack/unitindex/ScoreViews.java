package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * Builds {@link ScoreView}s for the people who may see the line: its unit's staff and head, the council member of its
 * area, province-wide readers. For anyone else the line does not exist.
 */
@Service
@Transactional(readOnly = true)
public class ScoreViews {

    private final UnitIndexRoundRepository rounds;
    private final UnitSheetRepository sheets;
    private final UnitScoreRepository scores;
    private final ContestRepository contests;
    private final UnitIndexCouncil council;
    private final IndexCatalog catalog;
    private final CriterionRules rules;
    private final EvidenceStore evidence;
    private final YearAtHand yearAtHand;
    private final JdbcClient jdbc;
    private final Clock clock;

    ScoreViews(UnitIndexRoundRepository rounds, UnitSheetRepository sheets, UnitScoreRepository scores,
            ContestRepository contests, UnitIndexCouncil council, IndexCatalog catalog, CriterionRules rules,
            EvidenceStore evidence, YearAtHand yearAtHand, JdbcClient jdbc, Clock clock) {
        this.rounds = rounds;
        this.sheets = sheets;
        this.scores = scores;
        this.contests = contests;
        this.council = council;
        this.catalog = catalog;
        this.rules = rules;
        this.evidence = evidence;
        this.yearAtHand = yearAtHand;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public ScoreView view(long roundId, long scoreId, CurrentUser user) {
        UnitScore score = scores.findByIdAndRoundId(scoreId, roundId)
                .orElseThrow(() -> new NotFoundException("Unit index score", scoreId));
        boolean ownUnit = UnitIndexAccess.ofUnit(user, score.getUnitId());
        boolean appraiser = council.appraises(user, roundId, score.getAreaId());
        if (!ownUnit && !appraiser && !user.isProvinceWide()) {
            throw new NotFoundException("Unit index score", scoreId);
        }
        UnitIndexRound round = rounds.findById(roundId).orElseThrow();
        UnitSheet sheet = sheets.findById(score.getSheetId()).orElseThrow();
        Map<Long, CriterionSummary> criteria = catalog.criteria(List.of(score.getCriterionId(), score.getAreaId()));
        CriterionSummary criterion = criteria.get(score.getCriterionId());
        Contest contest = contests.findByScoreId(scoreId).orElse(null);
        Set<Long> fileIds = score.getFiles().stream().map(ScoreFile::getEvidenceId).collect(Collectors.toSet());
        Set<Long> contestFileIds = contest == null ? Set.of() : contest.getEvidenceIds();
        Map<Long, EvidenceSummary> found = evidence.findAll(union(fileIds, contestFileIds));
        Set<Long> reportIds = ids(score, ReferenceKind.REPORT);
        Set<Long> taskIds = ids(score, ReferenceKind.TASK);
        List<YearReport> reports = reportIds.isEmpty() ? List.of() : yearAtHand.reports(score.getUnitId(),
                round.getYear()).stream().filter(report -> reportIds.contains(report.id())).toList();
        List<YearTask> tasks = taskIds.isEmpty() ? List.of() : yearAtHand.tasks(score.getUnitId(),
                round.getYear()).stream().filter(task -> taskIds.contains(task.id())).toList();
        LocalDate today = LocalDate.now(clock);
        boolean conflicted = appraiser && council.conflicted(user, round, score.getUnitId());
        ScoreView.Permissions can = new ScoreView.Permissions(
                ownUnit && score.getPart().isRecordedByUnit() && score.isApplicable() && round.isOpen()
                        && !sheet.isSubmitted() && !today.isAfter(sheet.deadline(round)),
                appraiser && !conflicted && round.isOpen() && score.getPart() != CriterionPart.SURVEY
                        && score.isApplicable() && sheet.isAppraisable(round, today),
                ownUnit && user.is(Role.UNIT_HEAD) && contest == null && score.needsAppraisal()
                        && round.phase(today) == RoundPhase.EXPLANATION,
                appraiser && !conflicted && contest != null && !contest.isAnswered()
                        && round.getStatus() == IndexRoundStatus.PRELIMINARY,
                !ownUnit || round.showsAppraisalToUnits(), conflicted);
        Map<String, Object> names = jdbc.sql("""
                        select u.name as unit_name, g.name_vi as group_name from unit_index_sheet sh
                        join unit u on u.id = sh.unit_id join unit_index_group g on g.id = sh.group_id where sh.id = :sheet
                        """)
                .param("sheet", sheet.getId())
                .query((rs, i) -> Map.<String, Object>of("unit", rs.getString("unit_name"), "group", rs.getString("group_name")))
                .single();
        return new ScoreView(round, sheet, score, criterion, criteria.get(score.getAreaId()),
                rules.ofVersion(criterion.versionId()).getOrDefault(criterion.id(), CriterionRule.none(criterion.id()))
                        .guidance(),
                (String) names.get("unit"), (String) names.get("group"),
                fileIds.stream().map(found::get).filter(Objects::nonNull).toList(), reports, tasks,
                previousScore(round, score, criterion), contest,
                contestFileIds.stream().map(found::get).filter(Objects::nonNull).toList(), can);
    }

    /** Last year's appraised score of the criterion with the same code for the same unit, if any. */
    private BigDecimal previousScore(UnitIndexRound round, UnitScore score, CriterionSummary criterion) {
        return jdbc.sql("""
                        select p.appraised_score from unit_index_score p
                        join unit_index_round r on r.id = p.round_id and r.year = :year
                        join criterion c on c.id = p.criterion_id
                        where p.unit_id = :unit and c.code = :code and p.appraisal <> 'PENDING' limit 1
                        """)
                .param("year", round.getYear() - 1)
                .param("unit", score.getUnitId())
                .param("code", criterion.code())
                .query(BigDecimal.class)
                .optional()
                .orElse(null);
    }

    private static Set<Long> ids(UnitScore score, ReferenceKind kind) {
        return score.getReferences().stream().filter(reference -> reference.getKind() == kind)
                .map(ScoreReference::getRefId).collect(Collectors.toSet());
    }

    private static Set<Long> union(Set<Long> a, Set<Long> b) {
        Set<Long> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
