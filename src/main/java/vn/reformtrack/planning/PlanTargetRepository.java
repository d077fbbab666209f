package vn.reformtrack.planning;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanTargetRepository extends JpaRepository<PlanTarget, Long> {

    List<PlanTarget> findByPlanIdOrderByPositionAscIdAsc(long planId);

    List<PlanTarget> findByPlanIdInOrderByPositionAscIdAsc(Collection<Long> planIds);

    long countByPlanId(long planId);
}
