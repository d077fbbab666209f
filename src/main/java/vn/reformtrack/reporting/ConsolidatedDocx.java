package vn.reformtrack.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.reformtrack.planning.TaskStatus;
import vn.reformtrack.reporting.ConsolidatedFigures.AreaProgress;
import vn.reformtrack.reporting.ConsolidatedFigures.ListedUnit;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitNarrative;
import vn.reformtrack.reporting.ConsolidatedFigures.UnitResult;
import vn.reformtrack.shared.docx.OfficialDocx;
import vn.reformtrack.shared.web.Locales;

/**
 * The consolidated report as a Word document in the Vietnamese administrative layout of Nghị định 30/2020/NĐ-CP: A4,
 * Times New Roman 13–14; the issuing body and the national motto side by side, each with its short rule; the number
 * and symbol under the body, the place and date (in italics) under the motto; the kind of document and its title
 * centred; the body with its tables; "Nơi nhận:" and the signature block side by side; the units' own words in an
 * appendix. Written in Vietnamese, the language of the document.
 */
@Component
class ConsolidatedDocx {

    private final MessageSource messages;
    private final PeriodNames names;

    ConsolidatedDocx(MessageSource messages, PeriodNames names) {
        this.messages = messages;
        this.names = names;
    }

    byte[] write(String provinceName, ConsolidatedCommand text, ConsolidatedFigures figures, LocalDate today) {
        try (OfficialDocx document = new OfficialDocx()) {
            int year = text.issueDate() != null ? text.issueDate().getYear() : today.getYear();
            String number = text.documentNumber() == null ? msg("consolidated.docx.numberBlank")
                    : msg("consolidated.docx.number", text.documentNumber());
            document.header(msg("consolidated.docx.issuer"),
                    msg("consolidated.docx.issuerProvince", provinceName.toUpperCase(Locales.VIETNAMESE)), number,
                    msg("consolidated.docx.nation"), msg("consolidated.docx.motto"),
                    placeAndDate(provinceName, text.issueDate(), year, Locales.VIETNAMESE, messages));
            document.title(msg("consolidated.docx.kind"), text.title());
            body(document, text, figures, provinceName);
            document.signature(msg("consolidated.docx.recipients"), text.recipients(), text.signerAuthority(),
                    text.signerName());
            appendix(document, figures.narratives());
            return document.toBytes();
        }
    }

    /** "Quảng Ninh, ngày 05 tháng 01 năm 2026": day below 10 and months 1–2 with a leading zero (NĐ 30/2020). */
    static String placeAndDate(String provinceName, LocalDate date, int year, Locale locale, MessageSource messages) {
        if (date == null) {
            return messages.getMessage("consolidated.docx.placeDateBlank", new Object[] {provinceName,
                String.valueOf(year)}, locale);
        }
        String[] dayAndMonth = OfficialDocx.dayAndMonth(date);
        return messages.getMessage("consolidated.docx.placeDate", new Object[] {provinceName, dayAndMonth[0],
            dayAndMonth[1], String.valueOf(date.getYear())}, locale);
    }

    private void body(OfficialDocx document, ConsolidatedCommand text, ConsolidatedFigures figures,
            String provinceName) {
        document.heading(msg("consolidated.docx.section.results"));
        document.paragraphs(text.results());

        document.subheading(msg("consolidated.docx.tasksByStatus"));
        XWPFTable byStatus = document.grid(msg("consolidated.docx.col.status"), msg("consolidated.docx.col.tasks"),
                msg("consolidated.docx.col.share"));
        long reported = figures.tasksReported();
        for (TaskStatus status : TaskStatus.values()) {
            long count = figures.tasksByStatus().getOrDefault(status, 0L);
            OfficialDocx.row(byStatus, msg("TaskStatus." + status.name()), String.valueOf(count), share(count, reported));
        }
        OfficialDocx.row(byStatus, msg("consolidated.docx.notReported"), String.valueOf(figures.tasksNotReported()), "");
        OfficialDocx.row(byStatus, msg("consolidated.docx.total"), String.valueOf(reported + figures.tasksNotReported()), "");

        document.subheading(msg("consolidated.docx.byArea"));
        XWPFTable areas = document.grid(msg("consolidated.docx.col.framework"), msg("consolidated.docx.col.area"),
                msg("consolidated.docx.col.tasks"), msg("consolidated.docx.col.done"), msg("consolidated.docx.col.progress"));
        for (AreaProgress area : figures.areas()) {
            OfficialDocx.row(areas, area.framework(), area.areaCode() + ". " + area.areaName(), String.valueOf(area.tasks()),
                    String.valueOf(area.done()), String.valueOf(area.averageProgress()));
        }

        document.subheading(msg("consolidated.docx.byUnit"));
        XWPFTable units = document.grid(msg("consolidated.docx.col.number"), msg("consolidated.docx.col.unit"),
                msg("consolidated.docx.col.leadTasks"), msg("consolidated.docx.col.done"),
                msg("consolidated.docx.col.progress"), msg("consolidated.docx.col.coordinating"),
                msg("consolidated.docx.col.timeliness"));
        int number = 0;
        for (UnitResult unit : figures.units()) {
            OfficialDocx.row(units, String.valueOf(++number), unit.unitName(), String.valueOf(unit.leadTasks()),
                    String.valueOf(unit.done()), unit.leadTasks() == 0 ? "—" : String.valueOf(unit.averageProgress()),
                    String.valueOf(unit.coordinatingEntries()), msg("Timeliness." + unit.timeliness().name()));
        }

        document.subheading(msg("consolidated.docx.submissions", String.valueOf(figures.counts().delivered()),
                String.valueOf(figures.counts().expected()), String.valueOf(figures.counts().onTime()),
                String.valueOf(figures.counts().late())));
        XWPFTable standing = document.grid(msg("consolidated.docx.col.number"), msg("consolidated.docx.col.unit"),
                msg("consolidated.docx.col.standing"));
        number = 0;
        for (ListedUnit unit : figures.lateUnits()) {
            OfficialDocx.row(standing, String.valueOf(++number), unit.unitName(), msg("consolidated.docx.lateUnit"));
        }
        for (ListedUnit unit : figures.missingUnits()) {
            OfficialDocx.row(standing, String.valueOf(++number), unit.unitName(), msg("CellStatus." + unit.status().name()));
        }
        if (number == 0) {
            OfficialDocx.row(standing, "", msg("consolidated.docx.allOnTime"), "");
        }

        document.heading(msg("consolidated.docx.section.limitations"));
        document.paragraphs(text.limitations());
        document.heading(msg("consolidated.docx.section.nextTasks"));
        document.paragraphs(text.nextTasks());
        document.heading(msg("consolidated.docx.section.proposals"));
        document.paragraphs(text.proposals());
        document.paragraphs(msg("consolidated.docx.closing", names.phrase(figures.period(), Locales.VIETNAMESE),
                provinceName));
    }

    private void appendix(OfficialDocx document, List<UnitNarrative> narratives) {
        document.pageBreak();
        document.centredLine(msg("consolidated.docx.appendix"), true, false, OfficialDocx.TITLE);
        XWPFTable table = document.grid(msg("consolidated.docx.col.unit"), msg("consolidated.docx.col.assessment"),
                msg("consolidated.docx.col.difficulties"), msg("consolidated.docx.col.proposals"));
        for (UnitNarrative narrative : narratives) {
            OfficialDocx.row(table, narrative.unitName(), nonNull(narrative.generalAssessment()),
                    nonNull(narrative.difficulties()), nonNull(narrative.proposals()));
        }
        if (narratives.isEmpty()) {
            OfficialDocx.row(table, msg("consolidated.docx.noAccepted"), "", "", "");
        }
    }

    private static String share(long part, long whole) {
        if (whole == 0) {
            return "";
        }
        return String.format(Locale.ROOT, "%.1f", part * 100.0 / whole).replace('.', ',');
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }

    private String msg(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locales.VIETNAMESE);
    }
}
