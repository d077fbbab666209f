package vn.reformtrack.planning.tableimport;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Uploaded spreadsheets between preview and commit, in the database so that any application node can commit what
 * another previewed (for the user who uploaded them only). Uploads older than a day are dropped at the next upload.
 */
@Component
class ImportStore {

    record Upload(long id, long planId, String fileName, byte[] content) {}

    private final JdbcClient jdbc;

    ImportStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long save(long planId, String fileName, byte[] content, String by) {
        jdbc.sql("delete from task_import where created_at < now() - interval '1 day'").update();
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into task_import (plan_id, file_name, content, created_by) values (:plan, :name, :content, :by)")
                .param("plan", planId)
                .param("name", fileName)
                .param("content", content)
                .param("by", by)
                .update(key, "id");
        return key.getKey().longValue();
    }

    /** The upload if it is this user's: another user's is not found, as an expired one. */
    Optional<Upload> find(long planId, long id, String by) {
        return jdbc.sql("""
                        select id, plan_id, file_name, content from task_import
                        where id = :id and plan_id = :plan and created_by = :by
                        """)
                .param("id", id)
                .param("plan", planId)
                .param("by", by)
                .query((rs, i) -> new Upload(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("file_name"),
                        rs.getBytes("content")))
                .optional();
    }

    void delete(long id) {
        jdbc.sql("delete from task_import where id = :id").param("id", id).update();
    }
}
