package vn.reformtrack.indices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

    Optional<Criterion> findByVersionIdAndCode(long versionId, String code);

    List<Criterion> findByVersionIdAndParentIdOrderByPositionAscCodeAsc(long versionId, Long parentId);

    boolean existsByParentIdAndRetiredFalse(long parentId);

    long countByVersionId(long versionId);

    List<Criterion> findByVersionId(long versionId);

    /** Changes whenever a criterion or a methodology version is added or edited (neither is ever deleted). */
    @Query(nativeQuery = true, value = """
            select (select count(*) || '|' || coalesce(max(updated_at)::text, '') from criterion)
                || '|' || (select count(*) || '|' || coalesce(max(updated_at)::text, '') from framework_version)
            """)
    String changeStamp();
}
