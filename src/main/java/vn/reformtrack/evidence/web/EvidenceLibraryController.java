package vn.reformtrack.evidence.web;

import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.evidence.EvidenceAccess;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitOptionsHtml;
import vn.reformtrack.organization.UnitNotFoundException;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.Formats;
import vn.reformtrack.shared.xlsx.XlsxExports;

/**
 * A unit's file library: its evidence files, newest first, searchable, exportable, with the upload widget. Unit
 * users always see their own unit (whatever {@code unitId} says); province-wide roles pick one, their own by default.
 */
@Controller
@RequestMapping("/evidence")
class EvidenceLibraryController {

    static final int PAGE_SIZE = 50;

    private final EvidenceStore store;
    private final EvidenceAccess access;
    private final UnitDirectory units;
    private final UnitOptionsHtml unitOptions;
    private final XlsxExports xlsx;
    private final Formats formats;

    EvidenceLibraryController(EvidenceStore store, EvidenceAccess access, UnitDirectory units,
            UnitOptionsHtml unitOptions, XlsxExports xlsx, Formats formats) {
        this.store = store;
        this.access = access;
        this.units = units;
        this.unitOptions = unitOptions;
        this.xlsx = xlsx;
        this.formats = formats;
    }

    @GetMapping
    String library(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String query,
            @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        UnitSummary unit = shownUnit(user, unitId);
        model.addAttribute("unit", unit);
        model.addAttribute("query", query);
        if (user.isProvinceWide()) {
            model.addAttribute("unitOptionsHtml", unitOptions.options(true, unit == null ? null : unit.id()));
        }
        if (unit != null) {
            PageRequest pageRequest = PageRequest.of(Math.max(page, 0), PAGE_SIZE);
            model.addAttribute("files", store.listForUnit(user, unit.id(), query, pageRequest));
            model.addAttribute("canUpload", unit.active() && access.canUpload(user, unit.id()));
        }
        return "evidence/library";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String query, CurrentUser user) {
        UnitSummary unit = shownUnit(user, unitId);
        List<EvidenceSummary> rows = unit == null
                ? List.of()
                : store.listForUnit(user, unit.id(), query, PageRequest.of(0, 100_000)).getContent();
        return xlsx.download(
                "tai-lieu-kiem-chung",
                "evidence.library.title",
                List.of("evidence.fileName", "evidence.documentNumber", "evidence.documentDate", "evidence.issuer",
                        "evidence.description", "evidence.sizeBytes", "evidence.contentType", "evidence.sha256",
                        "evidence.uploadedBy", "evidence.uploadedAt"),
                sheet -> rows.forEach(file -> sheet.row(
                        file.originalFileName(), file.documentNumber(), file.documentDate(), file.issuer(),
                        file.description(), file.sizeBytes(), file.contentType(), file.sha256(), file.uploadedBy(),
                        formats.dateTime(file.uploadedAt()))));
    }

    private UnitSummary shownUnit(CurrentUser user, Long requested) {
        Long unitId = user.isUnitUser() || requested == null ? user.unitId() : requested;
        if (unitId == null) {
            return null;
        }
        return units.find(unitId).orElseThrow(() -> new UnitNotFoundException(unitId));
    }
}
