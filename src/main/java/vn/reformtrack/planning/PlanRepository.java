package vn.reformtrack.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlanRepository extends JpaRepository<Plan, Long> {

    /** Whether another plan issued in {@code issueYear} already carries this number (in any case). */
    @Query(nativeQuery = true, value = """
            select exists (select 1 from plan where upper(document_number) = upper(?1)
                           and extract(year from issue_date) = ?2 and id <> ?3)
            """)
    boolean numberTaken(String documentNumber, int issueYear, long exceptId);

    List<Plan> findByStatusInOrderByYearDescIdDesc(List<PlanStatus> statuses);

    List<Plan> findByYearOrderByIdAsc(int year);

    boolean existsBySignedDocumentIdAndStatusNot(Long signedDocumentId, PlanStatus status);
}
