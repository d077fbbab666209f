package vn.reformtrack.calendar;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CalendarYearRepository extends JpaRepository<CalendarYear, Long> {

    Optional<CalendarYear> findByYear(int year);

    List<CalendarYear> findAllByOrderByYearDesc();
}
