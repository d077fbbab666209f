package vn.reformtrack.dashboard.web;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import vn.reformtrack.dashboard.IndexTile;
import vn.reformtrack.dashboard.Overview;
import vn.reformtrack.dashboard.OverviewPage;
import vn.reformtrack.dashboard.ProvinceOverview;
import vn.reformtrack.dashboard.TargetStatus;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.xlsx.XlsxExports;

/** {@code /dashboard}: the province at a glance, and its index table as .xlsx. */
@Controller
@RequestMapping("/dashboard")
class OverviewController {

    private final OverviewPage page;
    private final ProvinceOverview overviews;
    private final XlsxExports xlsx;
    private final MessageSource messages;

    OverviewController(OverviewPage page, ProvinceOverview overviews, XlsxExports xlsx, MessageSource messages) {
        this.page = page;
        this.overviews = overviews;
        this.xlsx = xlsx;
        this.messages = messages;
    }

    @GetMapping
    String overview(CurrentUser user, Model model) {
        page.fill(model, user);
        return "dashboard/overview";
    }

    @GetMapping(params = "format=xlsx")
    ResponseEntity<byte[]> export(CurrentUser user) {
        Overview overview = overviews.overview(user);
        Locale locale = LocaleContextHolder.getLocale();
        return xlsx.download("tong-quan-chi-so", "dashboard.overview.export",
                List.of("dashboard.index", "dashboard.latestYear", "dashboard.total", "dashboard.rank",
                        "dashboard.pointsChange", "dashboard.placesChange", "dashboard.targets"),
                sheet -> overview.indices().forEach(tile -> sheet.row(tile.framework().name(locale),
                        tile.latest() == null ? null : tile.latest().year(),
                        tile.latest() == null ? null : tile.latest().total(),
                        tile.latest() == null ? null : tile.latest().rankText(), tile.pointsChange(),
                        tile.placesChange(), targets(tile, locale))));
    }

    /** "≥ 93 điểm: còn thiếu 0,82; hạng ≤ 3: đạt" as one cell. */
    private String targets(IndexTile tile, Locale locale) {
        return tile.targets().stream().map(t -> TargetText.goal(t, messages, locale) + ": " + verdict(t, locale))
                .collect(Collectors.joining("; "));
    }

    private String verdict(TargetStatus target, Locale locale) {
        if (target.gap() != null) {
            return messages.getMessage(target.gapInPlaces() ? "dashboard.target.placesToClimb" : "dashboard.target.missing",
                    new Object[] {target.gap().stripTrailingZeros().toPlainString(),
                        messages.getMessage(target.unitKey(), null, locale)}, locale);
        }
        return messages.getMessage("TargetOutcome." + target.judged(), null, locale);
    }
}
