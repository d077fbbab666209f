package vn.reformtrack.reporting;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    List<ReportingPeriod> findByYearOrderByStartsOnAscEndsOnAscIdAsc(int year);

    /** The periods not closed of some years whose due date falls in a span, in the order of the years' lists. */
    @Query("""
            select p from ReportingPeriod p
            where p.year between :fromYear and :toYear and p.status <> vn.reformtrack.reporting.PeriodStatus.CLOSED
              and p.dueOn between :from and :to
            order by p.year, p.startsOn, p.endsOn, p.id""")
    List<ReportingPeriod> findOpenDueBetween(int fromYear, int toYear, LocalDate from, LocalDate to);

    List<ReportingPeriod> findByYearAndKind(int year, PeriodKind kind);

    boolean existsByYearAndKindIn(int year, List<PeriodKind> kinds);
}
