package vn.reformtrack.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;

/** The administrator's work on the calendar: read the years' lists, replace one year's list at once. */
@Service
@Transactional
public class CalendarService {

    /** The years a list may be kept for. */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    static final int MAX_SOURCE = 500;

    private final CalendarYearRepository years;
    private final WorkingDays workingDays;

    CalendarService(CalendarYearRepository years, WorkingDays workingDays) {
        this.years = years;
        this.workingDays = workingDays;
    }

    @Transactional(readOnly = true)
    public List<CalendarYear> years() {
        return years.findAllByOrderByYearDesc();
    }

    /** The year's list, if one was kept; a year outside 2000–2100 is "not found". */
    @Transactional(readOnly = true)
    public Optional<CalendarYear> year(int year) {
        requireYear(year);
        return years.findByYear(year);
    }

    /**
     * Replaces the year's list with what the administrator typed, after checking every line.
     *
     * @param version the version the form was opened with (null for a year without a list yet)
     * @throws CalendarRefused        naming every refused line; nothing is saved
     * @throws ConcurrentEditException when someone saved the year meanwhile
     */
    public CalendarYear save(int year, Long version, String source, String daysOff, String workingDayList) {
        requireYear(year);
        CalendarLines.Reading reading = CalendarLines.read(year, daysOff, workingDayList);
        List<CalendarLines.Problem> problems = new ArrayList<>(reading.problems());
        if (source != null && source.strip().length() > MAX_SOURCE) {
            problems.add(new CalendarLines.Problem("source", "calendar.error.sourceTooLong", MAX_SOURCE));
        }
        if (!problems.isEmpty()) {
            throw new CalendarRefused(problems);
        }
        CalendarYear calendar = years.findByYear(year).orElse(null);
        if (calendar == null) {
            if (version != null) {
                throw new ConcurrentEditException("CalendarYear", year);
            }
            calendar = new CalendarYear(year);
        } else {
            ConcurrentEditException.check("CalendarYear", year, version == null ? -1 : version, calendar.getVersion());
        }
        calendar.replace(source, reading.days());
        CalendarYear saved = years.saveAndFlush(calendar);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                workingDays.forget();
            }
        });
        return saved;
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new NotFoundException("CalendarYear", year);
        }
    }

    /** A list with refused lines: each problem names its field, line and reason. */
    public static class CalendarRefused extends RuntimeException {

        private final transient List<CalendarLines.Problem> problems;

        CalendarRefused(List<CalendarLines.Problem> problems) {
            super(problems.size() + " line(s) refused");
            this.problems = problems;
        }

        public List<CalendarLines.Problem> problems() {
            return problems;
        }
    }
}
