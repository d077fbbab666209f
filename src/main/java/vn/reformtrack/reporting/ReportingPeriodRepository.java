package vn.reformtrack.reporting;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findByYearOrderByStartsOnAscEndsOnAscIdAsc(int year);

    List<ReportingPeriod> findByYearAndKind(int year, PeriodKind kind);

    boolean existsByYearAndKindIn(int year, List<PeriodKind> kinds);
}
