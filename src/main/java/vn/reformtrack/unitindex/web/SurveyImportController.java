package vn.reformtrack.unitindex.web;

import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.imports.ImportColumn;
import vn.reformtrack.shared.imports.ImportFlow;
import vn.reformtrack.shared.web.FlashMessage;
import vn.reformtrack.shared.xlsx.XlsxExports;
import vn.reformtrack.unitindex.SurveyImport;
import vn.reformtrack.unitindex.UnitIndexRound;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitRoundQueries;

/**
 * The survey's results of a round from a spreadsheet: upload, preview with every error per row (unknown units and
 * criteria, figures outside the scale, samples that are not a number of people), confirm; the template lists every
 * unit's survey criteria.
 */
@Controller
@RequestMapping("/unit-index/rounds/{roundId}/survey")
@PreAuthorize(Managers.ONLY)
class SurveyImportController {

    private final SurveyImport survey;
    private final UnitIndexRounds rounds;
    private final UnitRoundQueries queries;
    private final ImportFlow flow;
    private final XlsxExports xlsx;
    private final MessageSource messages;

    SurveyImportController(SurveyImport survey, UnitIndexRounds rounds, UnitRoundQueries queries, ImportFlow flow,
            XlsxExports xlsx, MessageSource messages) {
        this.survey = survey;
        this.rounds = rounds;
        this.queries = queries;
        this.flow = flow;
        this.xlsx = xlsx;
        this.messages = messages;
    }

    @GetMapping
    String form(@PathVariable long roundId, Locale locale, Model model) {
        model.addAttribute("columns", SurveyImport.COLUMNS);
        return page(rounds.get(roundId), locale, model);
    }

    @PostMapping
    String upload(@PathVariable long roundId, @RequestParam(required = false) MultipartFile file, CurrentUser user,
            HttpSession session, Locale locale, Model model) {
        UnitIndexRound round = rounds.get(roundId);
        flow.preview(file, SurveyImport.COLUMNS, target(roundId), session, model,
                rows -> survey.check(roundId, rows, user));
        return page(round, locale, model);
    }

    @PostMapping("/confirm")
    String confirm(@PathVariable long roundId, @RequestParam(required = false) String token, CurrentUser user,
            HttpSession session, Locale locale, Model model, RedirectAttributes redirect) {
        UnitIndexRound round = rounds.get(roundId);
        Optional<Integer> done = flow.confirm(token, target(roundId), session, model, SurveyImport.COLUMNS,
                rows -> survey.commit(roundId, rows, user));
        if (done.isPresent()) {
            FlashMessage.success(redirect, "import.done", done.get());
            return "redirect:/unit-index/rounds/" + roundId;
        }
        return page(round, locale, model);
    }

    /** Every unit's survey criteria, ready for their figures and samples. */
    @GetMapping("/template")
    ResponseEntity<byte[]> template(@PathVariable long roundId) {
        UnitIndexRound round = rounds.get(roundId);
        return xlsx.download("mau-dieu-tra-" + round.getYear(), "unitindex.survey.title",
                java.util.stream.Stream.concat(SurveyImport.COLUMNS.stream().map(ImportColumn::headerKey),
                        java.util.stream.Stream.of("unitindex.survey.unitName")).toList(),
                sheet -> queries.surveyLines(roundId).forEach(line -> sheet.row(line[0], line[1], null, null, line[2])));
    }

    private String page(UnitIndexRound round, Locale locale, Model model) {
        String base = "/unit-index/rounds/" + round.getId() + "/survey";
        model.addAttribute("title", messages.getMessage("unitindex.survey.heading",
                new Object[] {String.valueOf(round.getYear())}, locale));
        model.addAttribute("intro", messages.getMessage("unitindex.survey.intro", null, locale));
        model.addAttribute("uploadUrl", base);
        model.addAttribute("templateUrl", base + "/template");
        model.addAttribute("confirmUrl", base + "/confirm");
        model.addAttribute("backUrl", "/unit-index/rounds/" + round.getId());
        model.addAttribute("backLabel", messages.getMessage("unitindex.round.heading",
                new Object[] {String.valueOf(round.getYear())}, locale));
        return "unitindex/import";
    }

    private static String target(long roundId) {
        return "unitindex-survey:" + roundId;
    }
}
