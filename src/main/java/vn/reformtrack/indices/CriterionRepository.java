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

    /** The catalogue's version (V180): moved by every statement on criteria, their units, versions and indices. */
    @Query(nativeQuery = true, value = "select cast(version as text) from catalog_version where id = 1")
    String changeStamp();
}
