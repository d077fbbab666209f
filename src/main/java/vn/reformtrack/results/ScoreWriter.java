package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.AuditorAware;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes criterion scores in batches (one statement for a whole sheet, however many rows): an upsert per score that
 * keeps the row's audit columns and version honest. Callers hold the result's lock (its version was bumped first).
 */
@Component
class ScoreWriter {

    private static final String UPSERT = """
            insert into criterion_score (result_id, criterion_id, score, note, created_by, updated_by)
            values (:result, :criterion, :score, :note, :by, :by)
            on conflict (result_id, criterion_id) do update
            set score = excluded.score, note = excluded.note, updated_at = now(), updated_by = excluded.updated_by,
                version = criterion_score.version + 1
            where criterion_score.score is distinct from excluded.score or criterion_score.note is distinct from excluded.note
            """;

    /** One score to write. */
    record Score(long resultId, long criterionId, BigDecimal score, String note) {}

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditorAware<String> auditor;

    ScoreWriter(NamedParameterJdbcTemplate jdbc, AuditorAware<String> auditor) {
        this.jdbc = jdbc;
        this.auditor = auditor;
    }

    void write(Collection<Score> scores) {
        if (scores.isEmpty()) {
            return;
        }
        String by = auditor.getCurrentAuditor().orElse("system");
        List<MapSqlParameterSource> batch = new ArrayList<>();
        for (Score score : scores) {
            batch.add(new MapSqlParameterSource()
                    .addValue("result", score.resultId())
                    .addValue("criterion", score.criterionId())
                    .addValue("score", score.score())
                    .addValue("note", score.note() == null || score.note().isBlank() ? null : score.note().strip())
                    .addValue("by", by));
        }
        jdbc.batchUpdate(UPSERT, batch.toArray(MapSqlParameterSource[]::new));
    }

    void delete(long resultId, Collection<Long> criterionIds) {
        if (criterionIds.isEmpty()) {
            return;
        }
        jdbc.update("delete from criterion_score where result_id = :result and criterion_id in (:criteria)",
                new MapSqlParameterSource().addValue("result", resultId).addValue("criteria", criterionIds));
    }

    void deleteAll(long resultId) {
        jdbc.update("delete from criterion_score where result_id = :result", new MapSqlParameterSource("result", resultId));
    }
}
