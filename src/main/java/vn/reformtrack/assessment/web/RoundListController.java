package vn.reformtrack.assessment.web;

import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.assessment.AssessmentRound;
import vn.reformtrack.assessment.RoundQueries;
import vn.reformtrack.assessment.RoundService;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.web.RuleViolationException;

/** The rounds everyone may see, and the form with which a coordinator opens one for the province. */
@Controller
class RoundListController {

    private static final String FORM = "assessment/round-form";

    private final RoundService rounds;
    private final RoundQueries queries;
    private final IndexCatalog catalog;
    private final Clock clock;

    RoundListController(RoundService rounds, RoundQueries queries, IndexCatalog catalog, Clock clock) {
        this.rounds = rounds;
        this.queries = queries;
        this.catalog = catalog;
        this.clock = clock;
    }

    @GetMapping("/assessment")
    String list(CurrentUser user, Model model) {
        model.addAttribute("rounds", queries.rounds(user));
        model.addAttribute("canManage", user.canManageProvince());
        model.addAttribute("user", user);
        return "assessment/round-list";
    }

    /** The methodologies a province round can be opened for: active national indices, versions in force. */
    @ModelAttribute("versionOptions")
    List<VersionOption> versionOptions() {
        Map<Long, FrameworkSummary> frameworks = catalog.frameworks().stream()
                .filter(framework -> framework.active() && framework.subject() == IndexSubject.PROVINCE)
                .collect(Collectors.toMap(FrameworkSummary::id, Function.identity()));
        return catalog.allVersions().stream()
                .filter(version -> !version.retired() && frameworks.containsKey(version.frameworkId()))
                .map(version -> new VersionOption(version, frameworks.get(version.frameworkId())))
                .sorted(java.util.Comparator.comparing((VersionOption option) -> option.framework().code())
                        .thenComparing(option -> -option.version().validFromYear()))
                .toList();
    }

    record VersionOption(VersionSummary version, FrameworkSummary framework) {

        public String years() {
            return version.validFromYear() + "–" + (version.validToYear() == null ? "" : version.validToYear());
        }
    }

    @GetMapping("/assessment/rounds/new")
    @PreAuthorize(Managers.ONLY)
    String createForm(Model model, @ModelAttribute("versionOptions") List<VersionOption> options) {
        RoundForm form = new RoundForm();
        LocalDate today = LocalDate.now(clock);
        // The self-assessment of a year is made at its end and early the next year.
        form.setYear(today.getMonthValue() >= 10 ? today.getYear() : today.getYear() - 1);
        options.stream()
                .filter(option -> option.framework().code().equals("PAR_PROVINCE") && option.version().appliesTo(form.getYear()))
                .findFirst()
                .ifPresent(option -> form.setVersionId(option.version().id()));
        model.addAttribute("form", form);
        return FORM;
    }

    @PostMapping("/assessment/rounds/new")
    @PreAuthorize(Managers.ONLY)
    String create(@Valid @ModelAttribute("form") RoundForm form, BindingResult result, CurrentUser user,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            AssessmentRound round = rounds.open(form.toCommand(), user);
            FlashMessage.success(redirect, "round.opened", String.valueOf(round.getYear()));
            return "redirect:/assessment/rounds/" + round.getId();
        } catch (RuleViolationException violation) {
            violation.addTo(result);
            return FORM;
        }
    }
}
