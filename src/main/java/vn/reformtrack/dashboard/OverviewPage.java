package vn.reformtrack.dashboard;

import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.RenderedFragments;

/**
 * Puts the overview and its charts into a page's model, for {@code /dashboard} and for the home pages that open on
 * it: the data as {@code overview}, and the fragment {@code dashboard/overview-parts :: overview} rendered from it as
 * {@code overviewHtml} (templates insert it with {@code th:utext}). The data is read on every view; the fragment's
 * HTML is rendered again only when the data differs from the last rendering's ({@link RenderedFragments}).
 */
@Component
public class OverviewPage {

    private final ProvinceOverview overviews;
    private final DashboardCharts charts;
    private final RenderedFragments fragments;

    OverviewPage(ProvinceOverview overviews, DashboardCharts charts, RenderedFragments fragments) {
        this.overviews = overviews;
        this.charts = charts;
        this.fragments = fragments;
    }

    public Overview fill(Model model, CurrentUser user) {
        Overview overview = overviews.overview(user);
        Map<String, Object> parts = new HashMap<>();
        parts.put("overview", overview);
        parts.put("sparklines", charts.sparklines(overview));
        parts.put("behindChart", overview.behind().isEmpty() ? null
                : charts.statusBars("dashboard.overview.behindChart", overview.behind(), UnitProgress::unitName,
                        UnitProgress::counts));
        model.addAttribute("overview", overview);
        model.addAttribute("overviewHtml", fragments.html("dashboard/overview-parts", "overview", parts));
        return overview;
    }
}
