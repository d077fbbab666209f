package vn.reformtrack.reporting;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitReportRepository extends JpaRepository<UnitReport, Long> {

    Optional<UnitReport> findByPeriodIdAndUnitId(long periodId, long unitId);

    /**
     * For a transition or a refill: waits for entry saves in progress and holds them off until the transaction ends,
     * so that no entry changes under a submission.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from UnitReport r where r.id = :id")
    Optional<UnitReport> findForTransition(@Param("id") long id);

    /**
     * For an entry or narrative save: many saves share the report, a transition waits for them (and they for it), so
     * an entry saved after a submission sees the submitted status.
     */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select r from UnitReport r where r.id = :id")
    Optional<UnitReport> findForEdit(@Param("id") long id);

    long countByPeriodIdAndStatusIn(long periodId, java.util.Collection<ReportStatus> statuses);
}
