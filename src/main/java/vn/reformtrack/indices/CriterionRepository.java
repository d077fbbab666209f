package vn.reformtrack.indices;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CriterionRepository extends JpaRepository<Criterion, Long> {

    Optional<Criterion> findByVersionIdAndCode(long versionId, String code);

    List<Criterion> findByVersionIdAndParentIdOrderByPositionAscCodeAsc(long versionId, Long parentId);

    boolean existsByParentIdAndRetiredFalse(long parentId);

    long countByVersionId(long versionId);

    List<Criterion> findByVersionId(long versionId);
}
