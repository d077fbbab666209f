package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.organization.OrganizationSettings;
import vn.reformtrack.settings.Settings;
import vn.reformtrack.shared.docx.OfficialDocx;
import vn.reformtrack.shared.web.Formats;
import vn.reformtrack.shared.web.Locales;
import vn.reformtrack.shared.xlsx.XlsxBook;
import vn.reformtrack.shared.xlsx.XlsxSheet;

/**
 * The publication's documents, in Vietnamese (the language of the province's documents): the decision's annex tables
 * (.xlsx, one sheet a group), the decision itself (.docx in the layout of Nghị định 30/2020/NĐ-CP, its annexes
 * after the signature), and a results card for one unit (.docx) with its lost points by area against its group.
 */
@Service
@Transactional(readOnly = true)
public class UnitIndexExports {

    private final UnitIndexRoundRepository rounds;
    private final UnitResultQueries results;
    private final UnitRoundQueries roundQueries;
    private final MessageSource messages;
    private final Settings settings;
    private final Formats formats;

    UnitIndexExports(UnitIndexRoundRepository rounds, UnitResultQueries results, UnitRoundQueries roundQueries,
            MessageSource messages, Settings settings, Formats formats) {
        this.rounds = rounds;
        this.results = results;
        this.roundQueries = roundQueries;
        this.messages = messages;
        this.settings = settings;
        this.formats = formats;
    }

    /** "chi-so-cchc-2025", without extension. */
    public static String baseName(int year) {
        return "chi-so-cchc-" + year;
    }

    /** The annex tables: a sheet a group, its units by rank. */
    public byte[] annexXlsx(long roundId) {
        UnitIndexRound round = published(roundId);
        Map<String, List<PublishedRow>> byGroup = byGroup(results.published(roundId));
        try (XlsxBook book = new XlsxBook()) {
            int annex = 0;
            for (Map.Entry<String, List<PublishedRow>> group : byGroup.entrySet()) {
                annex++;
                XlsxSheet sheet = book.sheet(msg("unitindex.annex.sheet", annex), msg("unitindex.annex.title", annex,
                        group.getKey().toUpperCase(Locales.VIETNAMESE), String.valueOf(round.getYear())), headers());
                int number = 0;
                for (PublishedRow row : group.getValue()) {
                    sheet.row(++number, row.unitName(), row.selfTotal(), row.appraisedTotal(), row.surveyPoints(),
                            row.bonus(), row.deduction(), row.index(), row.rank(),
                            msg("IndexClass." + row.indexClass().name()), row.change());
                }
            }
            return book.toBytes();
        }
    }

    /** The decision that publishes the results, with its annexes. */
    public byte[] decisionDocx(long roundId) {
        UnitIndexRound round = published(roundId);
        List<PublishedRow> rows = results.published(roundId);
        Map<String, List<PublishedRow>> byGroup = byGroup(rows);
        String province = settings.get(OrganizationSettings.PROVINCE_NAME);
        String year = String.valueOf(round.getYear());
        Decision decision = round.decision();
        try (OfficialDocx document = new OfficialDocx()) {
            document.header(msg("unitindex.docx.issuer"), msg("unitindex.docx.issuerProvince",
                    province.toUpperCase(Locales.VIETNAMESE)), msg("unitindex.docx.number", decision.number()),
                    msg("unitindex.docx.nation"), msg("unitindex.docx.motto"), placeAndDate(province, decision.date()));
            document.title(msg("unitindex.docx.kind"), msg("unitindex.docx.title", year, province));
            document.centredLine(msg("unitindex.docx.authority", province.toUpperCase(Locales.VIETNAMESE)), true, false,
                    OfficialDocx.BODY);
            document.paragraph(msg("unitindex.docx.basis.law"), false, true);
            for (String legalBasis : legalBases(roundId)) {
                document.paragraph(msg("unitindex.docx.basis.set", legalBasis), false, true);
            }
            document.paragraph(msg("unitindex.docx.basis.proposal"), false, true);
            document.centredLine(msg("unitindex.docx.decides"), true, false, OfficialDocx.BODY);
            document.paragraph(msg("unitindex.docx.article1", year, rows.size()), false, false);
            int annex = 0;
            for (Map.Entry<String, List<PublishedRow>> group : byGroup.entrySet()) {
                annex++;
                PublishedRow first = group.getValue().get(0);
                document.paragraph(msg("unitindex.docx.article1.group", group.getKey(), group.getValue().size(),
                        classesOf(group.getValue()), first.unitName(), decimal(first.index()), annex),
                        false, false);
            }
            document.paragraph(msg("unitindex.docx.article2"), false, false);
            document.paragraph(msg("unitindex.docx.article3"), false, false);
            document.signature(msg("unitindex.docx.recipients"), msg("unitindex.docx.recipientList"),
                    decision.signerTitle(), decision.signer());
            annex = 0;
            for (Map.Entry<String, List<PublishedRow>> group : byGroup.entrySet()) {
                annex++;
                document.pageBreak();
                document.centredLine(msg("unitindex.docx.annex", annex), true, false, OfficialDocx.TITLE);
                document.centredLine(msg("unitindex.annex.title", annex, group.getKey().toUpperCase(Locales.VIETNAMESE),
                        year), true, false, OfficialDocx.BODY);
                document.centredLine(msg("unitindex.docx.annexOf", decision.number(), formats.date(decision.date())),
                        false, true, OfficialDocx.BODY);
                XWPFTable table = document.grid(headers().toArray(String[]::new));
                int number = 0;
                for (PublishedRow row : group.getValue()) {
                    OfficialDocx.row(table, String.valueOf(++number), row.unitName(), decimal(row.selfTotal()),
                            decimal(row.appraisedTotal()), decimal(row.surveyPoints()), decimal(row.bonus()),
                            decimal(row.deduction()), decimal(row.index()), String.valueOf(row.rank()),
                            msg("IndexClass." + row.indexClass().name()), change(row.change()));
                }
            }
            return document.toBytes();
        }
    }

    /** One unit's results card: index, rank, class, change, and its lost points by area against its group. */
    public byte[] cardDocx(long roundId, long unitId) {
        UnitIndexRound round = published(roundId);
        PublishedRow row = results.published(roundId, unitId)
                .orElseThrow(() -> new vn.reformtrack.shared.web.NotFoundException("Unit index result", unitId));
        String province = settings.get(OrganizationSettings.PROVINCE_NAME);
        try (OfficialDocx document = new OfficialDocx()) {
            document.centredLine(msg("unitindex.card.title", String.valueOf(round.getYear())), true, false,
                    OfficialDocx.TITLE);
            document.centredLine(row.unitName(), true, false, OfficialDocx.TITLE);
            document.centredLine(msg("unitindex.card.of", row.groupName(), province), false, true, OfficialDocx.BODY);
            XWPFTable summary = document.grid(msg("unitindex.card.col.measure"), msg("unitindex.card.col.value"));
            OfficialDocx.row(summary, msg("unitindex.result.index"), decimal(row.index()));
            OfficialDocx.row(summary, msg("unitindex.result.rank"), msg("unitindex.card.rank", row.rank(), row.rankOf()));
            OfficialDocx.row(summary, msg("unitindex.result.class"), msg("IndexClass." + row.indexClass().name()));
            OfficialDocx.row(summary, msg("unitindex.result.change"), row.change() == null ? "—" : change(row.change()));
            OfficialDocx.row(summary, msg("unitindex.result.self"), decimal(row.selfTotal()));
            OfficialDocx.row(summary, msg("unitindex.result.appraised"), decimal(row.appraisedTotal()));
            OfficialDocx.row(summary, msg("unitindex.result.survey"), decimal(row.surveyPoints()));
            OfficialDocx.row(summary, msg("unitindex.result.bonus"), decimal(row.bonus()));
            OfficialDocx.row(summary, msg("unitindex.result.deduction"), decimal(row.deduction()));
            document.subheading(msg("unitindex.card.areas"));
            XWPFTable areas = document.grid(msg("unitindex.card.col.area"), msg("unitindex.card.col.reachable"),
                    msg("unitindex.card.col.points"), msg("unitindex.card.col.lost"), msg("unitindex.card.col.median"),
                    msg("unitindex.card.col.best"));
            for (AreaComparison area : results.areas(roundId, unitId)) {
                OfficialDocx.row(areas, area.code() + ". " + area.nameVi(), decimal(area.reachable()),
                        decimal(area.points()), decimal(area.lost()), decimal(area.groupMedianLost()),
                        decimal(area.groupBestLost()));
            }
            List<LostCriterion> lost = results.lostCriteria(roundId, unitId);
            if (!lost.isEmpty()) {
                document.subheading(msg("unitindex.card.criteria"));
                XWPFTable criteria = document.grid(msg("unitindex.card.col.criterion"), msg("unitindex.card.col.max"),
                        msg("unitindex.card.col.points"), msg("unitindex.card.col.lost"), msg("unitindex.card.col.reason"));
                for (LostCriterion criterion : lost) {
                    OfficialDocx.row(criteria, criterion.code() + " " + criterion.nameVi(), decimal(criterion.maxPoints()),
                            decimal(criterion.finalScore()), decimal(criterion.lost()),
                            criterion.reason() == null ? "" : criterion.reason());
                }
            }
            return document.toBytes();
        }
    }

    private List<String> headers() {
        return List.of(msg("unitindex.annex.col.number"), msg("unitindex.annex.col.unit"), msg("unitindex.result.self"),
                msg("unitindex.result.appraised"), msg("unitindex.result.survey"), msg("unitindex.result.bonus"),
                msg("unitindex.result.deduction"), msg("unitindex.result.index"), msg("unitindex.result.rank"),
                msg("unitindex.result.class"), msg("unitindex.result.change"));
    }

    /** "Xuất sắc 2, Tốt 5, Khá 1": the classes reached, highest first. */
    private String classesOf(List<PublishedRow> rows) {
        Map<IndexClass, Long> counts = new EnumMap<>(IndexClass.class);
        rows.forEach(row -> counts.merge(row.indexClass(), 1L, Long::sum));
        return counts.entrySet().stream().map(entry -> msg("IndexClass." + entry.getKey().name()) + " " + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    private List<String> legalBases(long roundId) {
        List<String> bases = new ArrayList<>();
        roundQueries.groups(roundId).forEach(group -> {
            if (!bases.contains(group.versionLabel())) {
                bases.add(group.versionLabel());
            }
        });
        return bases;
    }

    private static Map<String, List<PublishedRow>> byGroup(List<PublishedRow> rows) {
        Map<String, List<PublishedRow>> groups = new LinkedHashMap<>();
        rows.forEach(row -> groups.computeIfAbsent(row.groupName(), name -> new ArrayList<>()).add(row));
        return groups;
    }

    private String placeAndDate(String province, LocalDate date) {
        String[] dayAndMonth = OfficialDocx.dayAndMonth(date);
        return msg("unitindex.docx.placeDate", province, dayAndMonth[0], dayAndMonth[1], String.valueOf(date.getYear()));
    }

    private UnitIndexRound published(long roundId) {
        UnitIndexRound round = rounds.findById(roundId)
                .orElseThrow(() -> new vn.reformtrack.shared.web.NotFoundException("Unit index round", roundId));
        if (!round.isPublished()) {
            throw new vn.reformtrack.shared.web.NotFoundException("Published unit index round", roundId);
        }
        return round;
    }

    /** As Vietnamese documents write it, whatever the reader's language: 92,5; 87,67. */
    static String decimal(BigDecimal value) {
        return value == null ? "" : value.setScale(2, java.math.RoundingMode.HALF_UP).stripTrailingZeros()
                .toPlainString().replace('.', ',');
    }

    static String change(BigDecimal change) {
        if (change == null) {
            return "";
        }
        return (change.signum() > 0 ? "+" : "") + decimal(change);
    }

    private String msg(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locales.VIETNAMESE);
    }
}
