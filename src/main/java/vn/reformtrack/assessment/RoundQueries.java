package vn.reformtrack.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.AssessmentMethod;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexScale;
import vn.reformtrack.indices.IndexSubject;

/**
 * The lists of the assessment pages, each one SQL statement whatever the size (plus one for the criteria tree's
 * order): rounds with their progress, a round's criteria (with the names of the units that help, in the same
 * statement), progress per unit. A unit user's lists hold only what their unit answers for or helps with; callers check
 * the round itself first.
 */
@Service
@Transactional(readOnly = true)
public class RoundQueries {

    private static final String ROUNDS = """
            select r.id, r.version as lock_version, r.framework_id, f.code as framework_code, f.name_vi as framework_vi,
                   f.name_en as framework_en, f.scale, r.version_id, v.label as version_label, v.max_total, r.year,
                   r.subject_type, r.subject_unit_id, su.name as subject_unit_name, r.deadline, r.status, r.started_at,
                   r.closed_at,
                   count(i.id) as items,
                   count(i.id) filter (where i.entry = 'UNIT' and i.responsible_unit_id is null) as unassigned,
                   count(i.id) filter (where i.self_score is not null or i.estimate is not null) as recorded,
                   count(i.id) filter (where i.status in ('SUBMITTED', 'APPRAISED')) as submitted,
                   count(i.id) filter (where i.status = 'APPRAISED') as appraised,
                   count(i.id) filter (where i.status = 'RETURNED') as returned
            from assessment_round r
            join framework_version v on v.id = r.version_id
            join index_framework f on f.id = r.framework_id
            left join unit su on su.id = r.subject_unit_id
            left join assessment_item i on i.round_id = r.id %s
            %s
            group by r.id, f.id, v.id, su.id
            order by r.year desc, r.id desc
            """;

    /** A unit's own part of a round: what it answers for or helps with. */
    private static final String UNIT_SCOPE = """
            (i.responsible_unit_id = :unit
             or exists (select 1 from assessment_item_coordinating_unit cu where cu.item_id = i.id and cu.unit_id = :unit))
            """;

    private static final String ITEMS = """
            select i.id, i.version, i.criterion_id, c.code, c.name_vi, c.name_en, c.max_points, c.score_step, c.assessment,
                   i.entry, i.responsible_unit_id, u.name as unit_name, i.status, i.self_score, i.appraised_score,
                   i.estimate, i.explanation is not null as explained, i.no_evidence_reason is not null as has_reason,
                   i.updated_at, i.updated_by,
                   (select count(*) from assessment_item_evidence e where e.item_id = i.id) as evidence_count,
                   array(select cu.unit_id from assessment_item_coordinating_unit cu where cu.item_id = i.id) as coordinating,
                   array(select cn.name from assessment_item_coordinating_unit cu join unit cn on cn.id = cu.unit_id
                         where cu.item_id = i.id) as coordinating_names
            from assessment_item i
            join criterion c on c.id = i.criterion_id
            left join unit u on u.id = i.responsible_unit_id
            where i.round_id = :round %s
            """;

    private final JdbcClient jdbc;
    private final IndexCatalog catalog;

    RoundQueries(JdbcClient jdbc, IndexCatalog catalog) {
        this.jdbc = jdbc;
        this.catalog = catalog;
    }

    /** Every round the user may see, newest year first; a unit user's counts are their unit's part. */
    public List<RoundRow> rounds(CurrentUser user) {
        if (user.isProvinceWide()) {
            return jdbc.sql(ROUNDS.formatted("", "")).query(RoundQueries::roundRow).list();
        }
        if (user.unitId() == null) {
            return List.of();
        }
        return jdbc.sql(ROUNDS.formatted("and " + UNIT_SCOPE, "where r.status <> 'PREPARING'"))
                .param("unit", user.unitId())
                .query(RoundQueries::roundRow)
                .list()
                .stream()
                .filter(row -> row.items() > 0)
                .toList();
    }

    /** The province's rounds of a year (any index), newest first. */
    public List<RoundSummary> provinceRounds(int year) {
        return jdbc.sql(ROUNDS.formatted("", "where r.year = :year and r.subject_type = 'PROVINCE'"))
                .param("year", year)
                .query(RoundQueries::roundRow)
                .list()
                .stream()
                .map(RoundRow::round)
                .toList();
    }

    /** The rounds open to the units with a deadline from {@code from} to {@code to} (both included), by deadline. */
    List<RoundSummary> openDueBetween(LocalDate from, LocalDate to) {
        return jdbc.sql(ROUNDS.formatted("", "where r.status = 'OPEN' and r.deadline between :from and :to"))
                .param("from", from)
                .param("to", to)
                .query(RoundQueries::roundRow)
                .list()
                .stream()
                .map(RoundRow::round)
                .sorted(Comparator.comparing(RoundSummary::deadline).thenComparingLong(RoundSummary::id))
                .toList();
    }

    /** A round's criteria in the methodology's order, filtered; a unit user gets only their unit's part. */
    public List<ItemRow> items(long roundId, long versionId, ItemFilter filter, CurrentUser user) {
        return items(roundId, catalog.tree(versionId), user).stream().filter(filter::accepts).toList();
    }

    /** Every criterion of a round the user may see, placed in {@code tree} (the round's version's, already read). */
    List<ItemRow> items(long roundId, List<CriterionSummary> tree, CurrentUser user) {
        return user.isUnitUser() ? unitItems(roundId, tree, user.unitId()) : items(roundId, tree);
    }

    /** Every criterion of a round, whoever asks (for the projection and the dossier). */
    List<ItemRow> items(long roundId, long versionId) {
        return items(roundId, catalog.tree(versionId));
    }

    /** Every criterion of a round, placed in {@code tree} (the round's version's, already read). */
    List<ItemRow> items(long roundId, List<CriterionSummary> tree) {
        return read(jdbc.sql(ITEMS.formatted("")).param("round", roundId), tree);
    }

    private List<ItemRow> unitItems(long roundId, List<CriterionSummary> tree, Long unitId) {
        if (unitId == null) {
            return List.of();
        }
        return read(jdbc.sql(ITEMS.formatted("and " + UNIT_SCOPE)).param("round", roundId).param("unit", unitId),
                tree);
    }

    /** Progress per responsible unit, the units with most still to do first; criteria without a unit under null. */
    public List<UnitProgress> progress(List<ItemRow> rows) {
        Map<Long, List<ItemRow>> byUnit = new LinkedHashMap<>();
        Map<Long, String> names = new HashMap<>();
        for (ItemRow row : rows) {
            if (row.entry() != EntryMode.UNIT) {
                continue;
            }
            byUnit.computeIfAbsent(row.responsibleUnitId(), id -> new ArrayList<>()).add(row);
            names.put(row.responsibleUnitId(), row.responsibleUnitName());
        }
        List<UnitProgress> progress = new ArrayList<>();
        byUnit.forEach((unitId, list) -> progress.add(new UnitProgress(unitId, names.get(unitId), list.size(),
                (int) list.stream().filter(row -> row.selfScore() != null).count(),
                (int) list.stream().filter(row -> row.status() == ItemStatus.SUBMITTED
                        || row.status() == ItemStatus.APPRAISED).count(),
                (int) list.stream().filter(row -> row.status() == ItemStatus.APPRAISED).count(),
                (int) list.stream().filter(row -> row.status() == ItemStatus.RETURNED).count(),
                (int) list.stream().filter(ItemRow::lacksEvidence).count())));
        progress.sort(Comparator.comparing((UnitProgress p) -> p.unitId() != null)
                .thenComparing(p -> p.submitted() - p.items())
                .thenComparing(p -> p.unitName() == null ? "" : p.unitName()));
        return progress;
    }

    private List<ItemRow> read(JdbcClient.StatementSpec statement, List<CriterionSummary> ordered) {
        Map<Long, CriterionSummary> tree = new HashMap<>();
        Map<Long, Integer> positions = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            tree.put(ordered.get(i).id(), ordered.get(i));
            positions.put(ordered.get(i).id(), i);
        }
        return statement.query((rs, i) -> new Raw(rs)).list().stream()
                .map(raw -> raw.row(positions.getOrDefault(raw.criterionId, Integer.MAX_VALUE),
                        tree.containsKey(raw.criterionId) ? tree.get(raw.criterionId).areaCode() : null))
                .sorted(Comparator.comparingInt(ItemRow::position))
                .toList();
    }

    /** One line of {@link #ITEMS} before its place in the tree is known. */
    private static final class Raw {

        final long criterionId;
        final List<String> coordinatingNames;
        final ItemRow partial;

        Raw(ResultSet rs) throws SQLException {
            this.criterionId = rs.getLong("criterion_id");
            List<Long> coordinating = Arrays.asList((Long[]) rs.getArray("coordinating").getArray());
            this.coordinatingNames = Arrays.stream((String[]) rs.getArray("coordinating_names").getArray()).sorted()
                    .toList();
            this.partial = new ItemRow(rs.getLong("id"), rs.getLong("version"), criterionId, rs.getString("code"),
                    rs.getString("name_vi"), rs.getString("name_en"), 0, null, rs.getBigDecimal("max_points"),
                    rs.getBigDecimal("score_step"), AssessmentMethod.valueOf(rs.getString("assessment")),
                    EntryMode.valueOf(rs.getString("entry")), rs.getObject("responsible_unit_id", Long.class),
                    rs.getString("unit_name"), List.of(), List.copyOf(coordinating),
                    ItemStatus.valueOf(rs.getString("status")), rs.getBigDecimal("self_score"),
                    rs.getBigDecimal("appraised_score"), rs.getBigDecimal("estimate"), rs.getInt("evidence_count"),
                    rs.getBoolean("explained"), rs.getBoolean("has_reason"),
                    instant(rs, "updated_at"), rs.getString("updated_by"));
        }

        ItemRow row(int position, String areaCode) {
            ItemRow p = partial;
            return new ItemRow(p.id(), p.lockVersion(), p.criterionId(), p.code(), p.nameVi(), p.nameEn(), position,
                    areaCode, p.maxPoints(), p.scoreStep(), p.method(), p.entry(), p.responsibleUnitId(),
                    p.responsibleUnitName(), coordinatingNames, p.coordinatingUnitIds(), p.status(), p.selfScore(),
                    p.appraisedScore(), p.estimate(), p.evidenceCount(), p.explained(), p.hasNoEvidenceReason(),
                    p.updatedAt(), p.updatedBy());
        }
    }

    private static RoundRow roundRow(ResultSet rs, int rowNumber) throws SQLException {
        RoundSummary round = new RoundSummary(rs.getLong("id"), rs.getLong("lock_version"), rs.getLong("framework_id"),
                rs.getString("framework_code"), rs.getString("framework_vi"), rs.getString("framework_en"),
                IndexScale.valueOf(rs.getString("scale")), rs.getLong("version_id"), rs.getString("version_label"),
                rs.getBigDecimal("max_total"), rs.getInt("year"), IndexSubject.valueOf(rs.getString("subject_type")),
                rs.getObject("subject_unit_id", Long.class), rs.getString("subject_unit_name"),
                rs.getObject("deadline", LocalDate.class), RoundStatus.valueOf(rs.getString("status")),
                instant(rs, "started_at"), instant(rs, "closed_at"));
        return new RoundRow(round, rs.getLong("items"), rs.getLong("unassigned"), rs.getLong("recorded"),
                rs.getLong("submitted"), rs.getLong("appraised"), rs.getLong("returned"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
