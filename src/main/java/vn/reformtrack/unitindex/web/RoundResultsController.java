package vn.reformtrack.unitindex.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.xlsx.XlsxExports;
import vn.reformtrack.unitindex.UnitIndexExports;
import vn.reformtrack.unitindex.UnitIndexRound;
import vn.reformtrack.unitindex.UnitIndexRounds;
import vn.reformtrack.unitindex.UnitResult;
import vn.reformtrack.unitindex.UnitResultQueries;
import vn.reformtrack.unitindex.UnitRoundQueries;

/**
 * A round's results: while it runs, the table as it stands (Home Affairs and leaders only); once published, the
 * decision's table (everyone: it is a public decision), a group and a page at a time, with its exports — the annex
 * tables (.xlsx) and the decision (.docx); a unit's results card (.docx) for the unit and province-wide readers.
 */
@Controller
@RequestMapping("/unit-index/rounds/{roundId}")
class RoundResultsController {

    static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final UnitIndexRounds rounds;
    private final UnitResultQueries results;
    private final UnitRoundQueries roundQueries;
    private final UnitIndexExports exports;

    RoundResultsController(UnitIndexRounds rounds, UnitResultQueries results, UnitRoundQueries roundQueries,
            UnitIndexExports exports) {
        this.rounds = rounds;
        this.results = results;
        this.roundQueries = roundQueries;
        this.exports = exports;
    }

    @GetMapping("/results")
    String results(@PathVariable long roundId, @RequestParam(required = false) Long group,
            @RequestParam(defaultValue = "0") int page, CurrentUser user, Model model) {
        UnitIndexRound round = rounds.get(roundId);
        PageRequest request = PageRequest.of(Math.max(0, page), IndexRoundPageController.PAGE_SIZE);
        model.addAttribute("round", round);
        model.addAttribute("user", user);
        model.addAttribute("groups", roundQueries.groups(roundId));
        model.addAttribute("group", group);
        if (round.isPublished()) {
            model.addAttribute("published", results.published(roundId, group, request));
            model.addAttribute("classes", results.classes(roundId));
        } else {
            if (!user.isProvinceWide()) {
                throw new NotFoundException("Unit index results", roundId);
            }
            List<UnitResult> live = results.live(roundId).stream()
                    .filter(result -> group == null || result.groupId() == group).toList();
            int from = (int) Math.min(request.getOffset(), live.size());
            int to = Math.min(from + request.getPageSize(), live.size());
            model.addAttribute("live", new PageImpl<>(live.subList(from, to), request, live.size()));
        }
        return "unitindex/results";
    }

    @GetMapping("/results/annex.xlsx")
    ResponseEntity<byte[]> annex(@PathVariable long roundId) {
        UnitIndexRound round = rounds.get(roundId);
        return XlsxExports.attachment(UnitIndexExports.baseName(round.getYear()) + "-phu-luc.xlsx",
                exports.annexXlsx(roundId));
    }

    @GetMapping("/results/decision.docx")
    ResponseEntity<byte[]> decision(@PathVariable long roundId) {
        UnitIndexRound round = rounds.get(roundId);
        return docx(UnitIndexExports.baseName(round.getYear()) + "-quyet-dinh.docx", exports.decisionDocx(roundId));
    }

    @GetMapping("/units/{unitId}/card.docx")
    ResponseEntity<byte[]> card(@PathVariable long roundId, @PathVariable long unitId, CurrentUser user) {
        if (!user.canSeeUnit(unitId)) {
            throw new NotFoundException("Unit index result", unitId);
        }
        UnitIndexRound round = rounds.get(roundId);
        return docx(UnitIndexExports.baseName(round.getYear()) + "-don-vi-" + unitId + ".docx",
                exports.cardDocx(roundId, unitId));
    }

    static ResponseEntity<byte[]> docx(String fileName, byte[] content) {
        return ResponseEntity.ok()
                .contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(content);
    }
}
