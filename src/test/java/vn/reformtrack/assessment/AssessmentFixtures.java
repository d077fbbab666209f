package vn.reformtrack.assessment;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserAccount;
import vn.reformtrack.indices.AssessmentMethod;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.indices.CriterionCommand;
import vn.reformtrack.indices.CriterionKind;
import vn.reformtrack.organization.Unit;
import vn.reformtrack.support.IndexTestData;

/**
 * Rounds for tests on an index of their own (a national index with a unique code, so that tests sharing one database
 * never meet), made through the application's services. Read it as "Sở Tư pháp answers for 1.1 and 2.1, Văn phòng
 * for 1.2 and helps with 1.1; 2.2 is a survey criterion", not as magic ids. Callers run as a coordinator where the
 * catalog editors need one ({@code @WithMockUser(roles = "COORDINATOR")}).
 *
 * <pre>
 *   1   area, max 6      1.1 max 3, steps of 0.25 — Justice (Office helps)   1.2 max 3 — Office
 *   2   area, max 14     2.1 max 4 — Justice                                 2.2 max 10, survey — Home Affairs estimates
 * </pre>
 */
public class AssessmentFixtures {

    public static final CurrentUser COORDINATOR = new CurrentUser(0, "test-coordinator", "Điều phối thử", Role.COORDINATOR, null);

    private final JdbcClient jdbc;
    private final CatalogEditor catalogEditor;
    private final CriteriaEditor criteriaEditor;
    private final RoundService rounds;
    private final RoundQueries queries;
    private final EvidenceStore evidence;

    public AssessmentFixtures(JdbcClient jdbc, CatalogEditor catalogEditor, CriteriaEditor criteriaEditor,
            RoundService rounds, RoundQueries queries, EvidenceStore evidence) {
        this.jdbc = jdbc;
        this.catalogEditor = catalogEditor;
        this.criteriaEditor = criteriaEditor;
        this.rounds = rounds;
        this.queries = queries;
        this.evidence = evidence;
    }

    /** An index of the test's own with its criteria; {@code criteria} by code. */
    public record Catalog(String frameworkCode, long versionId, Map<String, Criterion> criteria) {}

    public Catalog catalog(Unit justice, Unit office) {
        IndexTestData indices = new IndexTestData(jdbc, catalogEditor, criteriaEditor);
        String code = indices.nationalIndexWithVersion();
        long versionId = indices.versionIdOf(code);
        Map<String, Criterion> criteria = new HashMap<>();
        Criterion first = indices.area(versionId, "1", "6");
        Criterion second = indices.area(versionId, "2", "14");
        criteria.put("1", first);
        criteria.put("2", second);
        criteria.put("1.1", leaf(versionId, first, "1.1", "3", "0.25", AssessmentMethod.SELF_ASSESSED, justice.getId(),
                Set.of(office.getId())));
        criteria.put("1.2", leaf(versionId, first, "1.2", "3", null, AssessmentMethod.SELF_ASSESSED, office.getId(), Set.of()));
        criteria.put("2.1", leaf(versionId, second, "2.1", "4", "0.25", AssessmentMethod.MIXED, justice.getId(), Set.of()));
        criteria.put("2.2", leaf(versionId, second, "2.2", "10", null, AssessmentMethod.SURVEY, null, Set.of()));
        return new Catalog(code, versionId, criteria);
    }

    /**
     * The same index with a third area of {@code count} more criteria (max 0.5 each): Justice answers for 3.2, 3.4…,
     * Office for 3.1, 3.3…, and Justice helps with 3.3, 3.9….
     */
    public Catalog largerCatalog(Unit justice, Unit office, int count) {
        Catalog catalog = catalog(justice, office);
        Criterion third = new IndexTestData(jdbc, catalogEditor, criteriaEditor).area(catalog.versionId(), "3", "10");
        Map<String, Criterion> criteria = new HashMap<>(catalog.criteria());
        criteria.put("3", third);
        for (int i = 1; i <= count; i++) {
            String code = "3." + i;
            criteria.put(code, leaf(catalog.versionId(), third, code, "0.5", null, AssessmentMethod.SELF_ASSESSED,
                    i % 2 == 0 ? justice.getId() : office.getId(), i % 6 == 3 ? Set.of(justice.getId()) : Set.of()));
        }
        return new Catalog(catalog.frameworkCode(), catalog.versionId(), criteria);
    }

    private Criterion leaf(long versionId, Criterion parent, String code, String max, String step, AssessmentMethod method,
            Long lead, Set<Long> coordinating) {
        return criteriaEditor.create(versionId, parent.getId(), new CriterionCommand(code, "Tiêu chí thử " + code,
                "Test criterion " + code, CriterionKind.CRITERION, new BigDecimal(max),
                step == null ? null : new BigDecimal(step), null, method, lead, coordinating));
    }

    public AssessmentRound open(Catalog catalog, int year, LocalDate deadline) {
        return rounds.open(new OpenRoundCommand(catalog.versionId(), year, RoundSubject.province(), deadline), COORDINATOR);
    }

    /** A round the units can record in, until {@code deadline}. */
    public AssessmentRound started(Catalog catalog, int year, LocalDate deadline) {
        AssessmentRound round = open(catalog, year, deadline);
        rounds.start(round.getId(), round.getVersion(), COORDINATOR);
        return round;
    }

    public ItemRow row(long roundId, String code) {
        long versionId = jdbc.sql("select version_id from assessment_round where id = ?").param(roundId).query(Long.class).single();
        return queries.items(roundId, versionId).stream().filter(row -> row.code().equals(code)).findFirst().orElseThrow();
    }

    public long itemId(long roundId, String code) {
        return row(roundId, code).id();
    }

    public long version(long roundId, String code) {
        return row(roundId, code).lockVersion();
    }

    /** As if the days had passed: the round's deadline was yesterday. */
    public void deadlinePassed(long roundId) {
        jdbc.sql("update assessment_round set deadline = current_date - 1 where id = ?").param(roundId).update();
    }

    /** A one-page PDF in the unit's library, with its number, date and issuer. */
    public long file(CurrentUser uploader, long unitId, String name, String number) {
        return evidence.store(uploader, unitId, name, new ByteArrayInputStream(EvidenceSamples.pdf()),
                new EvidenceDetails(number, LocalDate.of(2025, 3, 15), "Cơ quan thử", null)).id();
    }

    public static CurrentUser user(UserAccount account) {
        return new CurrentUser(account.getId(), account.getUsername(), account.getFullName(), account.getRole(),
                account.getUnitId());
    }

    public static RecordCommand record(String score, List<Long> files) {
        return new RecordCommand(score, "Cách chấm thử", null, files);
    }
}
