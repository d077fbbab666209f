package vn.reformtrack.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A task's status follows from its deadline, today, the progress and completion date accepted reports gave, and a
 * cancellation. Recurring ("each reporting period") and all-year tasks are due by the end of the plan's year.
 */
class TaskStatusTest {

    private static final int PLAN_YEAR = 2022;

    @ParameterizedTest(name = "{0} {1}, {2} %, finished {3}, today {4} → {5}")
    @CsvSource(nullValues = "-", textBlock = """
            # deadline    due date    progress  finished on  today        status
            DATE,         2022-09-30,   0,      -,           2022-09-01,  NOT_STARTED
            DATE,         2022-09-30,  40,      -,           2022-09-01,  IN_PROGRESS
            DATE,         2022-09-30,  40,      -,           2022-09-30,  IN_PROGRESS
            DATE,         2022-09-30,   0,      -,           2022-09-30,  NOT_STARTED
            DATE,         2022-09-30,  40,      -,           2022-10-01,  OVERDUE
            DATE,         2022-09-30,   0,      -,           2023-02-01,  OVERDUE
            DATE,         2022-09-30, 100,      2022-09-25,  2022-09-01,  DONE_ON_TIME
            DATE,         2022-09-30, 100,      2022-09-30,  2022-12-01,  DONE_ON_TIME
            DATE,         2022-09-30, 100,      2022-10-05,  2022-12-01,  DONE_LATE
            EACH_PERIOD,  -,            0,      -,           2022-03-31,  NOT_STARTED
            EACH_PERIOD,  -,           75,      -,           2022-12-31,  IN_PROGRESS
            EACH_PERIOD,  -,           75,      -,           2023-01-01,  OVERDUE
            EACH_PERIOD,  -,          100,      2022-12-20,  2023-01-15,  DONE_ON_TIME
            ALL_YEAR,     -,           10,      -,           2022-06-30,  IN_PROGRESS
            ALL_YEAR,     -,            0,      -,           2023-01-02,  OVERDUE
            ALL_YEAR,     -,          100,      2023-01-10,  2023-01-15,  DONE_LATE
            """)
    void theStatusFollowsFromDeadlineProgressAndToday(DeadlineKind kind, LocalDate date, int progress,
            LocalDate finishedOn, LocalDate today, TaskStatus expected) {
        LocalDate due = kind == DeadlineKind.DATE ? date : LocalDate.of(PLAN_YEAR, 12, 31);

        assertThat(TaskStatus.derive(due, progress, finishedOn, false, today)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "cancelled, {0} %, finished {1}, today {2}")
    @CsvSource(nullValues = "-", textBlock = """
              0, -,           2022-09-01
             40, -,           2022-12-01
            """)
    void aCancelledTaskIsCancelledWhateverElseItShows(int progress, LocalDate finishedOn, LocalDate today) {
        assertThat(TaskStatus.derive(LocalDate.of(2022, 9, 30), progress, finishedOn, true, today))
                .isEqualTo(TaskStatus.CANCELLED);
    }

    @ParameterizedTest
    @CsvSource({"NOT_STARTED,true", "IN_PROGRESS,true", "OVERDUE,true", "DONE_ON_TIME,false", "DONE_LATE,false",
        "CANCELLED,false"})
    void onlyUnfinishedTasksAreOpen(TaskStatus status, boolean open) {
        assertThat(status.isOpen()).isEqualTo(open);
    }
}
