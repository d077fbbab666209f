package vn.reformtrack.results;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface IndexResultRepository extends JpaRepository<IndexResult, Long> {

    Optional<IndexResult> findByFrameworkIdAndYearAndJurisdictionId(long frameworkId, int year, long jurisdictionId);

    List<IndexResult> findByFrameworkIdAndYear(long frameworkId, int year);

    /** Takes the result's lock for a change of its scores: 0 when someone saved since {@code version} was read. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update IndexResult r set r.version = r.version + 1, r.updatedAt = current_timestamp where r.id = ?1 and r.version = ?2")
    int bumpVersion(long id, long version);

    /** A whole import's results change at once: their open pages must not overwrite it. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update IndexResult r set r.version = r.version + 1, r.updatedAt = current_timestamp where r.id in ?1")
    int bumpVersions(java.util.Collection<Long> ids);

    /** "resultId|criterionId" of every score of a framework's year. */
    @Query(nativeQuery = true, value = """
            select s.result_id || '|' || s.criterion_id from criterion_score s join index_result r on r.id = s.result_id
            where r.framework_id = ?1 and r.year = ?2
            """)
    List<String> scoreKeys(long frameworkId, int year);
}
