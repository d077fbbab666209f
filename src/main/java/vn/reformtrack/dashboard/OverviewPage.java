package vn.reformtrack.dashboard;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.reformtrack.identity.CurrentUser;

/**
 * Puts the overview and its charts into a page's model, for {@code /dashboard} and for the home pages that open on
 * it (templates use the fragment {@code dashboard/fragments :: overview}).
 */
@Component
public class OverviewPage {

    private final ProvinceOverview overviews;
    private final DashboardCharts charts;

    OverviewPage(ProvinceOverview overviews, DashboardCharts charts) {
        this.overviews = overviews;
        this.charts = charts;
    }

    public Overview fill(Model model, CurrentUser user) {
        Overview overview = overviews.overview(user);
        model.addAttribute("overview", overview);
        model.addAttribute("sparklines", charts.sparklines(overview));
        model.addAttribute("behindChart", overview.behind().isEmpty() ? null
                : charts.statusBars("dashboard.overview.behindChart", overview.behind(), UnitProgress::unitName,
                        UnitProgress::counts));
        return overview;
    }
}
