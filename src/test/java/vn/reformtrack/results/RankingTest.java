package vn.reformtrack.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void equalTotalsShareARankAndTheNextRankSkips() {
        Map<String, Integer> ranks = Ranking.rank(Map.of("a", d("92.18"), "b", d("91.87"), "c", d("91.87"), "d", d("91.43")));
        assertThat(ranks).containsEntry("a", 1).containsEntry("b", 2).containsEntry("c", 2).containsEntry("d", 4);
    }

    @Test
    void aScoreIsRankedAmongOthers() {
        List<BigDecimal> table = List.of(d("92.18"), d("91.87"), d("91.43"), d("91.16"));
        assertThat(Ranking.rankAmong(d("93.157"), table)).isEqualTo(1);
        assertThat(Ranking.rankAmong(d("91.87"), table)).isEqualTo(2);
        assertThat(Ranking.rankAmong(d("80"), table)).isEqualTo(5);
    }

    @Test
    void theTablesRank63ProvincesUpTo2024And34After() {
        assertThat(Ranking.provincesIn(2024)).isEqualTo(63);
        assertThat(Ranking.provincesIn(2025)).isEqualTo(34);
    }
}
