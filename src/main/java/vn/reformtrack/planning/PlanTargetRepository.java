package vn.reformtrack.planning;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanTargetRepository extends JpaRepository<PlanTarget, Long> {

    List<PlanTarget> findByPlanIdOrderByPositionAscIdAsc(long planId);

    /**
     * The plans' targets in their order. The ids go as one array: a JPA {@code in} list is translated again whenever
     * its length changes, and the pages ask with one plan, then three.
     */
    @Query(value = "select * from plan_target where plan_id = any(:planIds) order by position, id", nativeQuery = true)
    List<PlanTarget> findByPlanIds(@Param("planIds") Long[] planIds);

    long countByPlanId(long planId);
}
