package vn.reformtrack.planning;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanChangeRepository extends JpaRepository<PlanChange, Long> {

    List<PlanChange> findByPlanIdOrderByChangedAtDescIdDesc(long planId, Pageable pageable);

    List<PlanChange> findByTaskIdOrderByChangedAtDescIdDesc(long taskId);

    long countByPlanId(long planId);
}
