package vn.reformtrack.dashboard;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * One task of the drill-down (province → unit → task) with the report entries the units submitted on it and the
 * evidence behind each. Links go to the reporting module's report page and the evidence module's download, which
 * decide for themselves who may read.
 */
public record TaskReports(DashboardPeriod period, String unitName, Task task, List<Entry> entries) {

    /** The task as the heading shows it. */
    public record Task(long id, String title, long leadUnitId, long planId, String planNumber, int year,
            LocalDate dueDate, int progressPercent, LocalDate completedOn) {}

    /** What one unit reported on the task in one period. */
    public record Entry(long id, String role, Integer progressPercent, String unitStatus, LocalDate completedOn,
            String workDone, String difficulties, String proposals, long reportId, String reportStatus,
            String timeliness, OffsetDateTime submittedAt, long unitId, String unitName, long periodId,
            String periodKind, int periodYear, String periodTitle, LocalDate dueOn, List<Evidence> evidence) {

        /** The message key of the period's name ("Quý I năm {0}"); ad hoc periods show their title. */
        public String periodNameKey() {
            return "period.name." + periodKind;
        }

        public boolean isAdHoc() {
            return "AD_HOC".equals(periodKind);
        }
    }

    /** An evidence file (tài liệu kiểm chứng) backing an entry. */
    public record Evidence(long id, String fileName, long sizeBytes, String documentNumber, LocalDate documentDate,
            String issuer) {}
}
