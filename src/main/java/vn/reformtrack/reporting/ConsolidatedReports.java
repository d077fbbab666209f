package vn.reformtrack.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.organization.OrganizationSettings;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.shared.web.ConcurrentEditException;

/**
 * The province's consolidated report of a period: its figures from the accepted reports, the coordinator's text
 * (saved and versioned, or a draft composed from the figures until then), and its exports — .docx in the
 * administrative layout and .xlsx. Province-wide readers only; coordinators (and administrators) write it.
 */
@Service
@Transactional(readOnly = true)
public class ConsolidatedReports {

    private final PeriodService periods;
    private final ConsolidationQueries queries;
    private final ConsolidatedReportRepository reports;
    private final ConsolidatedDraft draft;
    private final ConsolidatedDocx docx;
    private final ConsolidatedXlsx xlsx;
    private final PeriodNames names;
    private final Settings settings;
    private final Clock clock;

    ConsolidatedReports(PeriodService periods, ConsolidationQueries queries, ConsolidatedReportRepository reports,
            ConsolidatedDraft draft, ConsolidatedDocx docx, ConsolidatedXlsx xlsx, PeriodNames names,
            Settings settings, Clock clock) {
        this.periods = periods;
        this.queries = queries;
        this.reports = reports;
        this.draft = draft;
        this.docx = docx;
        this.xlsx = xlsx;
        this.names = names;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The figures of a period, computed now from its accepted reports (not read-only: the units' standings may store
     * the period's involved units, {@link InvolvedUnits}).
     */
    @Transactional
    public ConsolidatedFigures figures(long periodId, CurrentUser viewer) {
        requireProvinceWide(viewer);
        return queries.figures(periods.get(periodId).summary());
    }

    @Transactional // as figures
    public ConsolidatedView view(long periodId, CurrentUser viewer) {
        requireProvinceWide(viewer);
        PeriodSummary period = periods.get(periodId).summary();
        ConsolidatedFigures figures = queries.figures(period);
        var saved = reports.findByPeriodId(periodId);
        String province = settings.get(OrganizationSettings.PROVINCE_NAME);
        if (saved.isEmpty()) {
            return new ConsolidatedView(period, province, figures, draft.compose(figures), false,
                    ConsolidatedView.UNSAVED, 0, List.of());
        }
        ConsolidatedReport report = saved.get();
        return new ConsolidatedView(period, province, figures, report.text(), true, report.getVersion(),
                report.getRevision(), List.copyOf(report.getRevisions()));
    }

    /**
     * Saves the coordinator's text as a new revision. {@code version} is the one the form was opened with
     * ({@link ConsolidatedView#UNSAVED} for a report not saved yet: a first save's version is 0, and a second
     * coordinator's form of the draft must not pass for it); someone else's save since then is refused, never
     * overwritten.
     */
    @Transactional
    public ConsolidatedReport save(long periodId, long version, ConsolidatedCommand text, CurrentUser user) {
        ReportingAccess.requireManager(user);
        periods.get(periodId);
        Instant now = Instant.now(clock);
        LocalDate today = LocalDate.now(clock);
        var saved = reports.findByPeriodId(periodId);
        if (saved.isEmpty()) {
            ConsolidatedReport.check(text, today);
            ConcurrentEditException.check("ConsolidatedReport", periodId, version, ConsolidatedView.UNSAVED);
            return reports.saveAndFlush(new ConsolidatedReport(periodId, text, user.username(), now, today));
        }
        ConsolidatedReport report = saved.get();
        ConcurrentEditException.check("ConsolidatedReport", report.getId(), version, report.getVersion());
        report.revise(text, user.username(), now, today);
        return reports.saveAndFlush(report);
    }

    /** A file made from the consolidated report, with the period it is of. */
    public record Export(PeriodSummary period, byte[] content) {}

    /** The report as a Word document (saved text, or the draft), in Vietnamese. */
    public Export docx(long periodId, CurrentUser viewer) {
        ConsolidatedView view = view(periodId, viewer);
        return new Export(view.period(), docx.write(view.provinceName(), view.text(), view.figures(), LocalDate.now(clock)));
    }

    /** The figures as a workbook in the reader's language. */
    public Export xlsx(long periodId, CurrentUser viewer, Locale locale) {
        requireProvinceWide(viewer);
        PeriodSummary period = periods.get(periodId).summary();
        return new Export(period, xlsx.write(names.name(period, locale), queries.figures(period), locale));
    }

    private static void requireProvinceWide(CurrentUser viewer) {
        if (!viewer.isProvinceWide()) {
            throw new AccessDeniedException("The consolidated report is the province's");
        }
    }
}
