package vn.reformtrack.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.reformtrack.results.ResultSummary;
import vn.reformtrack.support.IntegrationTest;

/**
 * The own province's results are kept while neither the results nor the catalogue have changed, and read again as soon
 * as either has: a changed result and a changed methodology show on the next read.
 */
@IntegrationTest
class OwnResultsKeptTest {

    @Autowired OwnResults own;
    @Autowired JdbcClient jdbc;

    @Test
    void keptUntilAResultOrTheCatalogueChanges() {
        Map<String, List<ResultSummary>> first = own.histories();
        assertThat(first).as("the own province's published results in the test data").isNotEmpty();
        assertThat(own.histories()).isSameAs(first);

        List<ResultSummary> history = first.values().iterator().next();
        ResultSummary latest = history.get(history.size() - 1);
        setSource(latest.id(), "Công bố lại");
        try {
            Map<String, List<ResultSummary>> changed = own.histories();
            assertThat(changed).isNotSameAs(first);
            assertThat(changed.values().stream().flatMap(List::stream).filter(r -> r.id() == latest.id()))
                    .singleElement().extracting(ResultSummary::source).isEqualTo("Công bố lại");
            assertThat(own.histories()).isSameAs(changed);
        } finally {
            setSource(latest.id(), latest.source());
        }

        Map<String, List<ResultSummary>> before = own.histories();
        jdbc.sql("update index_framework set name_vi = name_vi where id = :id").param("id", latest.frameworkId()).update();
        assertThat(own.histories()).as("read again after the catalogue moved").isNotSameAs(before).isEqualTo(before);
    }

    private void setSource(long resultId, String source) {
        jdbc.sql("update index_result set source = :source where id = :id").param("source", source).param("id", resultId)
                .update();
    }
}
