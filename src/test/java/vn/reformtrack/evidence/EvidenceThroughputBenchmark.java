package vn.reformtrack.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.support.BenchmarkApplication;

/**
 * Throughput of evidence storage for a 20 MB PDF-like file (incompressible, like the compressed streams of real
 * PDFs), in MB/s: each invocation moves 20 MB and counts as 20 operations, so the score reads directly as MB/s.
 * <ul>
 *   <li>{@code storeThroughService} / {@code readThroughService}: {@link EvidenceStore#store} (spool, SHA-256,
 *       type check, one transaction of 20 chunk inserts) and {@link EvidenceStore#copyContent};</li>
 *   <li>{@code uploadOverHttp} / {@code downloadOverHttp}: the same through Tomcat, security and the controllers
 *       ({@code POST /evidence} as the widget sends it, {@code GET /evidence/{id}/download}) on localhost.</li>
 * </ul>
 * The application starts once per fork, on its own embedded PostgreSQL in a temporary data directory (demo data on,
 * signing in as {@code staff}). Files stored by an iteration are deleted after it, so the disk does not fill up.
 *
 * <pre>./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=EvidenceThroughputBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class EvidenceThroughputBenchmark {

    static final int MEGABYTES = 20;
    static final String BOUNDARY = "----evidence-benchmark";

    private BenchmarkApplication application;
    private EvidenceStore store;
    private JdbcClient jdbc;
    private CurrentUser staff;
    private long unitId;
    private byte[] pdf;
    private byte[] multipartBody;
    private long keptFileId;
    private SignedInHttpClient http;
    private String csrfToken;

    @Setup(Level.Trial)
    public void startTheApplication() throws Exception {
        application = BenchmarkApplication.start("evidence-benchmark");
        store = application.bean(EvidenceStore.class);
        jdbc = application.bean(JdbcClient.class);
        unitId = application.bean(UnitDirectory.class).findByCode("STP").orElseThrow().id();
        staff = new CurrentUser(0, "staff", "Benchmark", Role.UNIT_STAFF, unitId);
        pdf = EvidenceSamples.pdfOfSize(MEGABYTES * 1024 * 1024, 20);
        keptFileId = store.store(staff, unitId, "ho-so-20MB.pdf", new ByteArrayInputStream(pdf), EvidenceDetails.none()).id();
        multipartBody = BenchmarkApplication.multipart(BOUNDARY, Map.of("ownerUnitId", Long.toString(unitId)),
                "ho-so-20MB.pdf", pdf);
        http = SignedInHttpClient.signIn(application.port(), "staff", "demo123");
        Document library = http.page("/evidence");
        csrfToken = library.select("meta[name=_csrf]").attr("content");
    }

    @TearDown(Level.Iteration)
    public void deleteWhatTheIterationStored() {
        jdbc.sql("delete from evidence_file where id <> ?").param(keptFileId).update();
        jdbc.sql("vacuum evidence_chunk").update();
    }

    @TearDown(Level.Trial)
    public void stopTheApplication() throws IOException {
        application.close();
    }

    @Benchmark
    @OperationsPerInvocation(MEGABYTES)
    public EvidenceSummary storeThroughService() {
        return store.store(staff, unitId, "ho-so-20MB.pdf", new ByteArrayInputStream(pdf), EvidenceDetails.none());
    }

    @Benchmark
    @OperationsPerInvocation(MEGABYTES)
    public long readThroughService() throws IOException {
        CountingSink sink = new CountingSink();
        store.copyContent(keptFileId, sink);
        return sink.count;
    }

    @Benchmark
    @OperationsPerInvocation(MEGABYTES)
    public int uploadOverHttp() throws Exception {
        HttpResponse<Void> response = http.send(http.request("/evidence")
                        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                        .header("X-CSRF-TOKEN", csrfToken)
                        .header("HX-Request", "true")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(multipartBody))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        return expectOk(response.statusCode());
    }

    @Benchmark
    @OperationsPerInvocation(MEGABYTES)
    public long downloadOverHttp() throws Exception {
        HttpResponse<java.io.InputStream> response = http.send(
                http.request("/evidence/" + keptFileId + "/download").build(), HttpResponse.BodyHandlers.ofInputStream());
        expectOk(response.statusCode());
        try (var body = response.body()) {
            return body.transferTo(new CountingSink());
        }
    }

    private static int expectOk(int status) {
        if (status != 200) {
            throw new IllegalStateException("HTTP " + status);
        }
        return status;
    }


    /** Discards what it is given, counting it. */
    static final class CountingSink extends OutputStream {
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
