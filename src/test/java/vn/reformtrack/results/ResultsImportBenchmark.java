package vn.reformtrack.results;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import vn.reformtrack.ReformTrackApplication;
import vn.reformtrack.indices.AssessmentMethod;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.indices.CriterionCommand;
import vn.reformtrack.indices.CriterionKind;
import vn.reformtrack.indices.VersionCommand;
import vn.reformtrack.shared.imports.ImportRow;
import vn.reformtrack.shared.imports.SpreadsheetImports;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * How long a coordinator waits to import a whole year: a national table of 63 provinces and, for each, 100 criterion
 * scores (6,300 rows), both as .xlsx. One invocation is what the two requests do: read the upload, check every row for
 * the preview, then commit (checking again) in one transaction, against the application on a real embedded
 * PostgreSQL. Every invocation imports a new year, so it adds rows rather than finding them already there.
 *
 * <pre>./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=ResultsImportBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 6)
@Measurement(iterations = 10)
@Fork(1)
public class ResultsImportBenchmark {

    static final int CRITERIA_PER_AREA = 10;
    static final int AREAS = 10;

    private Path dataDirectory;
    private ConfigurableApplicationContext application;
    private SpreadsheetImports spreadsheets;
    private ResultsImport tables;
    private ScoresImport scores;
    private String framework;
    private byte[] tableFile;
    private byte[] scoresFile;
    private int year = 1990;

    @Setup(Level.Trial)
    public void startTheApplicationAndWriteTheWorkbooks() throws IOException {
        dataDirectory = Files.createTempDirectory("rt-benchmark");
        // Command-line arguments, so that they win over application.yml (a free port; no demo data).
        application = new SpringApplicationBuilder(ReformTrackApplication.class)
                .run("--server.port=0", "--reformtrack.demo.enabled=false",
                        "--reformtrack.embedded-database.data-directory=" + dataDirectory.resolve("postgres"),
                        "--logging.level.root=warn");
        SecurityContextHolder.setStrategyName(SecurityContextHolder.MODE_GLOBAL);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken("benchmark", "n/a",
                Set.of(new SimpleGrantedAuthority("ROLE_COORDINATOR"))));
        spreadsheets = application.getBean(SpreadsheetImports.class);
        tables = application.getBean(ResultsImport.class);
        scores = application.getBean(ScoresImport.class);
        List<String> criterionCodes = nationalIndexWith100Criteria();
        List<String> provinces = application.getBean(JdbcClient.class)
                .sql("select code from jurisdiction order by code").query(String.class).list();

        List<List<Object>> tableRows = new ArrayList<>();
        List<List<Object>> scoreRows = new ArrayList<>();
        for (int p = 0; p < provinces.size(); p++) {
            BigDecimal total = BigDecimal.ZERO;
            for (int c = 0; c < criterionCodes.size(); c++) {
                BigDecimal score = BigDecimal.valueOf((p + c) % 5).multiply(new BigDecimal("0.25"));
                total = total.add(score);
                scoreRows.add(List.of(provinces.get(p), criterionCodes.get(c), score.toPlainString().replace('.', ','), ""));
            }
            tableRows.add(List.of(provinces.get(p), total.toPlainString().replace('.', ','), "", "", "Benchmark"));
        }
        tableFile = XlsxExports.write("Bảng xếp hạng", List.of("Tỉnh", "Điểm", "Thứ hạng", "Trên tổng số tỉnh", "Nguồn"),
                sheet -> tableRows.forEach(row -> sheet.row(row.toArray())));
        scoresFile = XlsxExports.write("Điểm tiêu chí", List.of("Tỉnh", "Mã tiêu chí", "Điểm", "Ghi chú"),
                sheet -> scoreRows.forEach(row -> sheet.row(row.toArray())));
    }

    @Setup(Level.Invocation)
    public void nextYear() {
        year++;
    }

    @Benchmark
    public int importATableOf63ProvincesWith100CriterionScoresEach() {
        List<ImportRow> table = spreadsheets.read(tableFile, ResultsImport.COLUMNS);
        if (tables.check(framework, year, table).hasErrors()) {
            throw new IllegalStateException("the generated table has errors");
        }
        tables.commit(framework, year, table);
        List<ImportRow> criterionScores = spreadsheets.read(scoresFile, ScoresImport.COLUMNS);
        if (scores.check(framework, year, criterionScores).hasErrors()) {
            throw new IllegalStateException("the generated scores have errors");
        }
        return scores.commit(framework, year, criterionScores);
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        application.close();
        try (var files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /** A national index of 10 areas × 10 criteria (maximum 1, step 0,25) valid from 1990; the leaf codes. */
    private List<String> nationalIndexWith100Criteria() {
        framework = "BENCH_" + System.currentTimeMillis();
        long frameworkId = application.getBean(JdbcClient.class).sql("""
                        insert into index_framework (code, name_vi, scale, subject)
                        values (:code, 'Chỉ số đo hiệu năng', 'POINTS', 'PROVINCE') returning id
                        """)
                .param("code", framework).query(Long.class).single();
        long versionId = application.getBean(CatalogEditor.class).createVersion(frameworkId,
                new VersionCommand("Benchmark", null, null, 1990, null, new BigDecimal("100")), null).getId();
        CriteriaEditor criteria = application.getBean(CriteriaEditor.class);
        List<String> codes = new ArrayList<>();
        for (int a = 1; a <= AREAS; a++) {
            Criterion area = criteria.create(versionId, null, command(Integer.toString(a), CriterionKind.AREA, "10", null));
            for (int c = 1; c <= CRITERIA_PER_AREA; c++) {
                String code = a + "." + c;
                criteria.create(versionId, area.getId(), command(code, CriterionKind.CRITERION, "1", "0.25"));
                codes.add(code);
            }
        }
        return codes;
    }

    private static CriterionCommand command(String code, CriterionKind kind, String max, String step) {
        return new CriterionCommand(code, "Tiêu chí " + code, null, kind, new BigDecimal(max),
                step == null ? null : new BigDecimal(step), null, AssessmentMethod.SELF_ASSESSED, null, Set.of());
    }
}
