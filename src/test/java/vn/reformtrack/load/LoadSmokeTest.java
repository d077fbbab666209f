package vn.reformtrack.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.reformtrack.support.IntegrationTest;

/**
 * The load test in its smoke mode, so that it cannot rot: two users per page for a quarter of a second each, against
 * this suite's own server and demo data. Every role signs in through the form, the ids the pages need are found,
 * and every page answers 200 to every request.
 */
@IntegrationTest
class LoadSmokeTest {

    @LocalServerPort
    int port;

    @Test
    void everyRoleReachesEveryPageUnderTheLoadTest() {
        LoadReport report = LoadRun.run(LoadSettings.smoke(port), 2, Path.of("target", "gatling-smoke"));

        List<String> expected = new ArrayList<>();
        expected.add(LoadPage.SIGN_IN.name());
        LoadPage.PAGES.forEach(page -> expected.add(page.name()));
        assertThat(report.gatlingStatus()).isZero();
        assertThat(report.rows()).extracting(LoadReport.Row::page).containsExactlyElementsOf(expected);
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.ok()).as(row.page()).isPositive();
            assertThat(row.errors()).as(row.page()).isZero();
            assertThat(row.p50()).as(row.page()).isPositive().isLessThanOrEqualTo(row.p99());
        });
        assertThat(report.markdown()).contains("| leader home / |");
    }
}
