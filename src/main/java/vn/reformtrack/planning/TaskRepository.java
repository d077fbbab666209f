package vn.reformtrack.planning;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskRepository extends JpaRepository<Task, Long> {

    long countByPlanIdAndCancelledAtIsNull(long planId);

    /** The task with the earliest deadline among those still standing (not cancelled). */
    Optional<Task> findFirstByPlanIdAndCancelledAtIsNullOrderByDueDateAscIdAsc(long planId);

    List<Task> findByPlanId(long planId);
}
