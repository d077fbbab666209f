package vn.reformtrack.indices.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.web.NotFoundException;

/** The frameworks and their methodology versions, for everyone signed in. */
@Controller
@RequestMapping("/indices")
class FrameworkController {

    private final IndexCatalog catalog;

    FrameworkController(IndexCatalog catalog) {
        this.catalog = catalog;
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
