package vn.reformtrack.audit.web;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.audit.AuditFilter;
import vn.reformtrack.audit.AuditKind;
import vn.reformtrack.audit.AuditRow;
import vn.reformtrack.audit.AuditTrail;
import vn.reformtrack.audit.AuditedTypes;
import vn.reformtrack.audit.RecordChange;
import vn.reformtrack.audit.RecordHistory;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitOptionsHtml;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * The audit trail for administrators and Home Affairs: the list with its filters and .xlsx, one line with every record
 * it changed, and one record's whole history (linked from the record's own page).
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'COORDINATOR')")
class AuditController {

    static final int PAGE_SIZE = 50;

    private final AuditTrail trail;
    private final RecordHistory history;
    private final AuditedTypes types;
    private final AuditSheet sheet;
    private final UnitDirectory units;
    private final UnitOptionsHtml unitOptions;

    AuditController(AuditTrail trail, RecordHistory history, AuditedTypes types, AuditSheet sheet, UnitDirectory units,
            UnitOptionsHtml unitOptions) {
        this.trail = trail;
        this.history = history;
        this.types = types;
        this.sheet = sheet;
        this.units = units;
        this.unitOptions = unitOptions;
    }

    @ModelAttribute("recordTypes")
    Set<String> recordTypes() {
        return types.names();
    }

    @ModelAttribute("kinds")
    List<String> kinds() {
        return Stream.concat(Arrays.stream(AuditKind.values()).map(Enum::name), Stream.of(AuditFilter.PERMISSION))
                .toList();
    }

    @GetMapping
    String list(@ModelAttribute("filter") AuditFilterForm form, BindingResult result,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditFilter filter = result.hasErrors() ? new AuditFilter(null, null, null, null, null, null, null) : form.toFilter();
        Page<AuditRow> rows = trail.search(filter, PageRequest.of(Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("rows", rows);
        model.addAttribute("unitNames", unitNames(rows.getContent().stream().map(AuditRow::unitId)));
        model.addAttribute("unitOptionsHtml", unitOptions.options(true, result.hasErrors() ? null : form.getUnitId()));
        return "audit/trail";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(@ModelAttribute("filter") AuditFilterForm form, BindingResult result) {
        return sheet.download(result.hasErrors() ? new AuditFilter(null, null, null, null, null, null, null)
                : form.toFilter());
    }

    @GetMapping("/{id}")
    String line(@PathVariable long id, Model model) {
        AuditRow row = trail.line(id).orElseThrow(() -> new NotFoundException("AuditRevision", id));
        model.addAttribute("row", row);
        model.addAttribute("unitNames", unitNames(Stream.of(row.unitId())));
        model.addAttribute("changes", row.changes().stream()
                .map(change -> history.at(id, change.type(), change.id()))
                .flatMap(Optional::stream)
                .toList());
        return "audit/line";
    }

    @GetMapping("/records/{type}/{id}")
    String record(@PathVariable String type, @PathVariable String id, Model model) {
        if (types.find(type).isEmpty()) {
            throw new NotFoundException("AuditedType", type);
        }
        var changes = history.of(type, id);
        model.addAttribute("type", type);
        model.addAttribute("recordId", id);
        model.addAttribute("changes", changes);
        model.addAttribute("unitNames", unitNames(changes.stream().map(RecordChange::unitId)));
        return "audit/record";
    }

    /** The names of the units the actors belonged to, by id. */
    private Map<Long, String> unitNames(Stream<Long> unitIds) {
        Set<Long> ids = unitIds.filter(Objects::nonNull).collect(Collectors.toSet());
        return units.findAll(ids).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().name()));
    }
}
