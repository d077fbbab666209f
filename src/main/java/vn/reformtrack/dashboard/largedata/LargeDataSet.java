package vn.reformtrack.dashboard.largedata;

import java.time.Clock;
import java.time.LocalDate;
import lombok.extern.slf4j.Slf4j;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.reformtrack.shared.demo.DemoMode;
import vn.reformtrack.shared.startup.StartupOrder;
import vn.reformtrack.shared.startup.StartupTask;

/**
 * The large data set for demos and benchmarks (profile {@code large}, see README "Large data set"): on top of the
 * demo province, about 300 units, ten years (this one and the nine before) of plans with targets and 2,000 tasks a
 * year, complete national tables of the four indices for those years, and the units' periodic reports on their tasks.
 * Written once, with batched JDBC inserts, into its own data directory; a second start finds it and does nothing.
 * Only in demo mode: it never writes into a real province's database.
 */
@Slf4j
@Component
@Profile("large")
class LargeDataSet implements StartupTask {

    static final int YEARS = 10;
    static final long SEED = 2026;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DemoMode demoMode;
    private final Clock clock;

    LargeDataSet(JdbcTemplate jdbc, TransactionTemplate transactions, DemoMode demoMode, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.demoMode = demoMode;
        this.clock = clock;
    }

    @Override
    public int order() {
        return StartupOrder.LARGE_DATA_SET;
    }

    @Override
    public void run() {
        if (!demoMode.isOn()) {
            log.warn("Large data set: not written outside demo mode");
            return;
        }
        Integer present = jdbc.queryForObject("select count(*) from unit where code = ?", Integer.class,
                LargeProvince.MARKER_CODE);
        long started = System.currentTimeMillis();
        LocalDate today = LocalDate.now(clock);
        int lastYear = today.getYear();
        int firstYear = lastYear - YEARS + 1;
        if (present != null && present > 0) {
            LargeReports reports = new LargeReports(jdbc, today, clock.getZone());
            if (!reports.present()) {
                // A data set written before it had periodic reports: add them.
                transactions.executeWithoutResult(status -> reports.write(firstYear, lastYear, SEED));
                jdbc.execute("analyze");
                log.info("Large data set: periodic reports added in {} s: {} periods, {} reports, {} entries",
                        (System.currentTimeMillis() - started) / 1000, count("reporting_period"), count("unit_report"),
                        count("report_entry"));
            } else {
                log.info("Large data set: already present");
            }
            return;
        }
        transactions.executeWithoutResult(status -> {
            LargeProvince province = new LargeProvince(jdbc, today, SEED);
            province.write(firstYear, lastYear);
            new LargeResults(jdbc, SEED).write(firstYear - 1, lastYear - 1);
            new LargeReports(jdbc, today, clock.getZone()).write(firstYear, lastYear, SEED);
        });
        jdbc.execute("analyze");
        log.info("Large data set written in {} s: {} units, {} plans, {} tasks, {} national results, {} reporting "
                + "periods, {} unit reports, {} report entries", (System.currentTimeMillis() - started) / 1000,
                count("unit"), count("plan"), count("task"), count("index_result"), count("reporting_period"),
                count("unit_report"), count("report_entry"));
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }
}
