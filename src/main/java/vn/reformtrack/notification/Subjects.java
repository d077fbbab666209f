package vn.reformtrack.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.reformtrack.assessment.RoundSummary;
import vn.reformtrack.reporting.PeriodKind;
import vn.reformtrack.reporting.PeriodSummary;

/** How notifications name what they are about, and where they lead. */
final class Subjects {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Subjects() {}

    /** "Quý I năm 2026", or an ad hoc period's own title. */
    static Object period(PeriodSummary period) {
        if (period.kind() == PeriodKind.AD_HOC && period.title() != null) {
            return period.title();
        }
        return (MessageSourceResolvable) new DefaultMessageSourceResolvable(new String[] {period.nameKey()},
                new Object[] {String.valueOf(period.year())});
    }

    static Localized round(RoundSummary round) {
        return new Localized(round.frameworkNameVi() + " " + round.year(), round.frameworkNameEn() == null ? null
                : round.frameworkNameEn() + " " + round.year());
    }

    static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    static String myReport(long periodId) {
        return "/reporting/periods/" + periodId + "/my-report";
    }

    static String report(long reportId) {
        return "/reporting/reports/" + reportId;
    }

    static String task(long taskId) {
        return "/planning/tasks/" + taskId;
    }

    static String plan(long planId) {
        return "/planning/plans/" + planId;
    }

    static String round(long roundId) {
        return "/assessment/rounds/" + roundId;
    }

    static String item(long roundId, long itemId) {
        return "/assessment/rounds/" + roundId + "/criteria/" + itemId;
    }
}
