package vn.reformtrack.indices.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.reformtrack.indices.CriteriaImport;
import vn.reformtrack.indices.CriteriaTree;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** A version's criteria tree with its checks, for everyone signed in; exported in the import's own columns. */
@Controller
@RequestMapping("/indices/versions")
class CriteriaController {

    private final IndexCatalog catalog;
    private final UnitDirectory units;
    private final XlsxExports xlsx;
    private final MessageSource messages;

    CriteriaController(IndexCatalog catalog, UnitDirectory units, XlsxExports xlsx, MessageSource messages) {
        this.catalog = catalog;
        this.units = units;
        this.xlsx = xlsx;
        this.messages = messages;
    }

    @GetMapping("/{id}")
    String tree(@PathVariable long id, Model model) {
        VersionSummary version = version(id);
        CriteriaTree tree = catalog.checkedTree(id);
        model.addAttribute("version", version);
        model.addAttribute("framework", catalog.framework(version.frameworkId()).orElseThrow());
        model.addAttribute("tree", tree);
        model.addAttribute("hasWeights", tree.nodes().stream().anyMatch(node -> node.criterion().weightPercent() != null));
        model.addAttribute("unitNames", unitNames(tree.nodes().stream().map(CriteriaTree.Node::criterion).toList()));
        return "indices/criteria";
    }

    @GetMapping(value = "/{id}", params = "format=xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id) {
        VersionSummary version = version(id);
        List<CriterionSummary> tree = catalog.tree(id);
        Map<Long, String> unitCodes = units.findAll(unitIds(tree)).values().stream()
                .collect(Collectors.toMap(UnitSummary::id, UnitSummary::code));
        Map<Long, String> codes = tree.stream().collect(Collectors.toMap(CriterionSummary::id, CriterionSummary::code));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = new ArrayList<>(CriteriaImport.COLUMNS.stream().map(ImportColumn::headerKey).toList());
        headers.add("criterion.retired");
        return xlsx.download("tieu-chi-" + version.frameworkCode().toLowerCase(Locale.ROOT), "criteria.export.title",
                headers,
                sheet -> tree.forEach(c -> sheet.row(c.code(), c.parentId() == null ? null : codes.get(c.parentId()),
                        c.nameVi(), c.nameEn(), label(c.kind(), locale), c.maxPoints(), c.scoreStep(),
                        c.weightPercent(), label(c.assessment(), locale),
                        c.leadUnitId() == null ? null : unitCodes.get(c.leadUnitId()),
                        c.coordinatingUnitIds().stream().map(unitCodes::get).sorted().collect(Collectors.joining("; ")),
                        c.retired() ? messages.getMessage("criterion.retired", null, locale) : null)));
    }

    private String label(Enum<?> value, Locale locale) {
        return messages.getMessage(value.getDeclaringClass().getSimpleName() + "." + value.name(), null, value.name(), locale);
    }

    private VersionSummary version(long id) {
        return catalog.version(id).orElseThrow(() -> new NotFoundException("Version", id));
    }

    private Map<Long, String> unitNames(List<CriterionSummary> tree) {
        return units.findAll(unitIds(tree)).values().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    }

    private static Set<Long> unitIds(List<CriterionSummary> tree) {
        Set<Long> ids = new HashSet<>();
        for (CriterionSummary criterion : tree) {
            if (criterion.leadUnitId() != null) {
                ids.add(criterion.leadUnitId());
            }
            ids.addAll(criterion.coordinatingUnitIds());
        }
        return ids;
    }
}
