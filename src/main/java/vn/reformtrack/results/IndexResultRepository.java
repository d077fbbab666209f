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
}
