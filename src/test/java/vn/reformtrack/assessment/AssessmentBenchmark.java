package vn.reformtrack.assessment;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.reformtrack.evidence.EvidenceDetails;
import vn.reformtrack.evidence.EvidenceSamples;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.indices.CriterionKind;
import vn.reformtrack.support.BenchmarkApplication;
import vn.reformtrack.support.IndexTestData;

/**
 * A round of 100 criteria (10 areas of 10, spread over 10 departments) with 500 evidence files (5 per criterion,
 * PDF-like, 50–350 KB, about 100 MB in all), every criterion recorded and submitted, half of them appraised:
 * <ul>
 *   <li>{@code projection}: {@link AssessmentQueries#projection} as the round and projection pages call it (the
 *       items, last year's results, the plans' targets, then the calculation);</li>
 *   <li>{@code dossierXlsx}: the rows as the dossier controller reads them, then {@link DossierExport#xlsx};</li>
 *   <li>{@code dossierZip}: the same, then {@link DossierExport#zip} of the table and all 500 files to a sink that
 *       only counts bytes (the response stream, without the network).</li>
 * </ul>
 * The application starts once per fork, on its own embedded PostgreSQL in a temporary data directory (demo data
 * on); the round is made through the services.
 *
 * <pre>./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=AssessmentBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class AssessmentBenchmark {

    static final int AREAS = 10;
    static final int CRITERIA_PER_AREA = 10;
    static final int FILES_PER_CRITERION = 5;

    private BenchmarkApplication application;
    private AssessmentQueries projections;
    private RoundQueries queries;
    private DossierExport dossier;
    private RoundSummary round;
    private CurrentUser coordinator;
    private long zipBytes;

    @Setup(Level.Trial)
    public void aRoundOf100CriteriaWith500Files() throws Exception {
        application = BenchmarkApplication.start("assessment-benchmark");
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("benchmark", null,
                AuthorityUtils.createAuthorityList("ROLE_COORDINATOR")));
        JdbcClient jdbc = application.bean(JdbcClient.class);
        CriteriaEditor criteriaEditor = application.bean(CriteriaEditor.class);
        IndexTestData indices = new IndexTestData(jdbc, application.bean(CatalogEditor.class), criteriaEditor);
        RoundService rounds = application.bean(RoundService.class);
        RecordingService recording = application.bean(RecordingService.class);
        AppraisalService appraisals = application.bean(AppraisalService.class);
        EvidenceStore store = application.bean(EvidenceStore.class);
        projections = application.bean(AssessmentQueries.class);
        queries = application.bean(RoundQueries.class);
        dossier = application.bean(DossierExport.class);
        coordinator = new CurrentUser(0, "benchmark", "Benchmark", Role.COORDINATOR, null);

        List<Long> units = jdbc.sql("select id from unit where type = 'DEPARTMENT' order by id limit " + AREAS)
                .query(Long.class).list();
        String code = indices.nationalIndexWithVersion();
        long versionId = indices.versionIdOf(code);
        for (int a = 1; a <= AREAS; a++) {
            Criterion area = indices.area(versionId, String.valueOf(a), String.valueOf(CRITERIA_PER_AREA));
            for (int c = 1; c <= CRITERIA_PER_AREA; c++) {
                criteriaEditor.create(versionId, area.getId(), IndexTestData.command(a + "." + c, CriterionKind.CRITERION,
                        "1", "0.25", units.get((a + c) % units.size()), Set.of()));
            }
        }
        int year = LocalDate.now().getYear() - 1;
        AssessmentRound opened = rounds.open(new OpenRoundCommand(versionId, year, RoundSubject.province(),
                LocalDate.now().plusDays(30)), coordinator);
        rounds.start(opened.getId(), opened.getVersion(), coordinator);
        long roundId = opened.getId();

        int file = 0;
        List<ItemRow> rows = queries.items(roundId, versionId);
        for (ItemRow row : rows) {
            CurrentUser head = new CurrentUser(0, "head-" + row.responsibleUnitId(), "Benchmark", Role.UNIT_HEAD,
                    row.responsibleUnitId());
            List<Long> files = new ArrayList<>();
            for (int f = 0; f < FILES_PER_CRITERION; f++, file++) {
                byte[] pdf = EvidenceSamples.pdfOfSize(50_000 + (file * 7919) % 300_000, file);
                files.add(store.store(head, row.responsibleUnitId(), "Tài liệu " + row.code() + " số " + f + ".pdf",
                        new ByteArrayInputStream(pdf), new EvidenceDetails(file + "/BC", LocalDate.of(year, 6, 1),
                                "Cơ quan ban hành", null)).id());
            }
            recording.record(roundId, row.id(), row.lockVersion(), new RecordCommand(file % 3 == 0 ? "0,75" : "1",
                    "Cách chấm của tiêu chí " + row.code(), null, files), head);
        }
        for (long unit : units) {
            CurrentUser head = new CurrentUser(0, "head-" + unit, "Benchmark", Role.UNIT_HEAD, unit);
            if (!recording.unitPart(roundId, unit).toSubmit().isEmpty()) {
                recording.submitUnitPart(roundId, recording.unitPart(roundId, unit).stamp(), head);
            }
        }
        for (ItemRow row : queries.items(roundId, versionId)) {
            if (row.id() % 2 == 0) {
                appraisals.adjust(roundId, row.id(), row.lockVersion(), "0,5", "Thiếu một phần tài liệu", coordinator);
            } else {
                appraisals.accept(roundId, row.id(), row.lockVersion(), null, coordinator);
            }
        }
        round = rounds.summary(roundId, coordinator);
        int linked = jdbc.sql("""
                        select count(*) from assessment_item_evidence e join assessment_item i on i.id = e.item_id
                        where i.round_id = ?""").param(roundId).query(Integer.class).single();
        if (rows.size() != AREAS * CRITERIA_PER_AREA || linked != AREAS * CRITERIA_PER_AREA * FILES_PER_CRITERION) {
            throw new IllegalStateException("expected 100 criteria and 500 files, found " + rows.size() + " and " + linked);
        }
    }

    @TearDown(Level.Trial)
    public void stopTheApplication() throws IOException {
        if (zipBytes > 0) {
            System.out.printf("%nDossier zip: %,d bytes%n", zipBytes);
        }
        application.close();
    }

    @Benchmark
    public Projection projection() {
        return projections.projection(round.id()).orElseThrow();
    }

    @Benchmark
    public byte[] dossierXlsx() {
        return dossier.xlsx(round, rows(), Locale.forLanguageTag("vi"));
    }

    @Benchmark
    public long dossierZip() throws IOException {
        CountingSink sink = new CountingSink();
        dossier.zip(round, rows(), Locale.forLanguageTag("vi"), sink);
        zipBytes = sink.count;
        return sink.count;
    }

    private List<ItemRow> rows() {
        return queries.items(round.id(), round.versionId(), ItemFilter.none(), coordinator);
    }

    /** The response stream without the network: counts what is written. */
    private static final class CountingSink extends OutputStream {

        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) {
            count += length;
        }
    }
}
