package vn.reformtrack.unitindex;

import java.io.IOException;
import java.util.List;
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
import vn.reformtrack.support.BenchmarkApplication;

/**
 * The time to compute a whole publication of a round of 250 units × 60 criteria ({@link UnitIndexBenchmarkData}): the
 * 15,000 score lines read in one statement, every unit's figures, ranks within the two groups, classes and last
 * year's index ({@code compute}); and the results table as a page would ask for it while the round runs
 * ({@code liveTable}, the same through {@link UnitResultQueries}).
 *
 * <pre>./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=UnitIndexPublicationBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(1)
public class UnitIndexPublicationBenchmark {

    private BenchmarkApplication application;
    private Publication publication;
    private UnitResultQueries results;
    private UnitIndexRound round;

    @Setup(Level.Trial)
    public void aRoundOf250UnitsAnd60Criteria() throws IOException {
        application = BenchmarkApplication.start("unitindex-publication-benchmark");
        UnitIndexBenchmarkData.Built data = UnitIndexBenchmarkData.build(application);
        publication = application.bean(Publication.class);
        results = application.bean(UnitResultQueries.class);
        round = application.bean(UnitIndexRounds.class).get(data.openRoundId());
        List<UnitResult> computed = publication.compute(round);
        if (computed.size() != 250) {
            throw new IllegalStateException("expected 250 units, computed " + computed.size());
        }
    }

    @TearDown(Level.Trial)
    public void stop() throws IOException {
        application.close();
    }

    @Benchmark
    public List<UnitResult> compute() {
        return publication.compute(round);
    }

    @Benchmark
    public List<UnitResult> liveTable() {
        return results.live(round.getId());
    }
}
