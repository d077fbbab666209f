package vn.reformtrack.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import vn.reformtrack.indices.IndexSubject;

interface AssessmentRoundRepository extends JpaRepository<AssessmentRound, Long> {

    @Query("""
            select count(r) > 0 from AssessmentRound r where r.versionId = :versionId and r.year = :year
            and r.subjectType = :subjectType and coalesce(r.subjectUnitId, 0) = coalesce(:subjectUnitId, 0)
            """)
    boolean exists(long versionId, int year, IndexSubject subjectType, Long subjectUnitId);

    List<AssessmentRound> findByFrameworkIdAndYearAndSubjectTypeOrderByIdDesc(long frameworkId, int year,
            IndexSubject subjectType);

    Optional<AssessmentRound> findFirstByVersionIdAndYearAndSubjectType(long versionId, int year, IndexSubject subjectType);
}
