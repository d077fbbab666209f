package vn.reformtrack.reporting;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ConsolidatedReportRepository extends JpaRepository<ConsolidatedReport, Long> {

    Optional<ConsolidatedReport> findByPeriodId(long periodId);
}
