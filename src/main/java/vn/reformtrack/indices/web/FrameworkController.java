package vn.reformtrack.indices.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** The frameworks and their methodology versions, for everyone signed in. */
@Controller
@RequestMapping("/indices")
class FrameworkController {

    private final IndexCatalog catalog;
    private final XlsxExports xlsx;
    private final MessageSource messages;

    FrameworkController(IndexCatalog catalog, XlsxExports xlsx, MessageSource messages) {
        this.catalog = catalog;
        this.xlsx = xlsx;
        this.messages = messages;
    }

    private String label(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    @GetMapping
    String list(Model model) {
        List<FrameworkSummary> frameworks = catalog.frameworks();
        Map<Long, List<VersionSummary>> versions = catalog.allVersions().stream()
                .collect(Collectors.groupingBy(VersionSummary::frameworkId));
        model.addAttribute("frameworks", frameworks);
        model.addAttribute("versions", versions);
        return "indices/framework-list";
    }

    /** Every framework with its versions, one row per version. */
    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export() {
        Map<Long, List<VersionSummary>> versions = catalog.allVersions().stream()
                .collect(Collectors.groupingBy(VersionSummary::frameworkId));
        Map<Long, Long> counts = catalog.activeCriteriaCounts();
        Locale locale = LocaleContextHolder.getLocale();
        return xlsx.download("bo-chi-so", "framework.list.title",
                List.of("framework.code", "framework.name", "framework.scale", "framework.subject", "framework.status",
                        "version.label", "version.legalBasis", "version.issuedOn", "version.validFromYear",
                        "version.validToYear", "version.maxTotal", "version.criteriaCount", "version.retiredBadge"),
                sheet -> catalog.frameworks().forEach(f -> {
                    Object[] framework = {f.code(), f.name(locale), label("IndexScale." + f.scale(), locale),
                        label("IndexSubject." + f.subject(), locale),
                        label(f.active() ? "status.active" : "status.inactive", locale)};
                    List<VersionSummary> ofFramework = versions.getOrDefault(f.id(), List.of());
                    if (ofFramework.isEmpty()) {
                        sheet.row(framework);
                    }
                    for (VersionSummary v : ofFramework) {
                        sheet.row(framework[0], framework[1], framework[2], framework[3], framework[4], v.label(),
                                v.legalBasis(), v.issuedOn(), v.validFromYear(), v.validToYear(), v.maxTotal(),
                                counts.getOrDefault(v.id(), 0L), v.retired());
                    }
                }));
    }

    @GetMapping("/{code}")
    String show(@PathVariable String code, Model model) {
        FrameworkSummary framework = catalog.framework(code).orElseThrow(() -> new NotFoundException("Framework", code));
        model.addAttribute("framework", framework);
        List<VersionSummary> newestFirst = new java.util.ArrayList<>(catalog.versions(framework.code()));
        java.util.Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
        model.addAttribute("criteriaCounts", catalog.activeCriteriaCounts());
        return "indices/framework";
    }
}
