package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.IndexSubject;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A coordinator's work on published results: add, correct and remove a province's result for a year (ranks of a
 * complete table follow), and enter the own province's score per criterion, all or nothing, refusing a stale save.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class ResultEditor {

    private final IndexResultRepository results;
    private final JurisdictionRepository jurisdictions;
    private final IndexCatalog catalog;
    private final ResultRules rules;
    private final TableRanks ranks;
    private final ScoreWriter scores;

    ResultEditor(IndexResultRepository results, JurisdictionRepository jurisdictions, IndexCatalog catalog,
            ResultRules rules, TableRanks ranks, ScoreWriter scores) {
        this.results = results;
        this.jurisdictions = jurisdictions;
        this.catalog = catalog;
        this.rules = rules;
        this.ranks = ranks;
        this.scores = scores;
    }

    @Transactional(readOnly = true)
    public IndexResult result(long id) {
        return results.findById(id).orElseThrow(() -> new NotFoundException("Result", id));
    }

    public IndexResult create(String frameworkCode, int year, ResultCommand command) {
        FrameworkSummary framework = nationalFramework(frameworkCode);
        Jurisdiction jurisdiction = rules.matcher().find(command.jurisdictionCode());
        requireNone(rules.check(framework, year, jurisdiction, command, null));
        VersionSummary version = rules.version(framework, year);
        IndexResult result = new IndexResult(framework.id(), version == null ? null : version.id(), year, jurisdiction.getId());
        record(result, command, year);
        results.saveAndFlush(result);
        ranks.recompute(framework.id(), year);
        return result;
    }

    /** The province, index and year stay; the figures and the source change. */
    public IndexResult update(long id, long version, ResultCommand command) {
        IndexResult result = result(id);
        ConcurrentEditException.check("Result", id, version, result.getVersion());
        FrameworkSummary framework = catalog.framework(result.getFrameworkId()).orElseThrow();
        Jurisdiction jurisdiction = jurisdictions.findById(result.getJurisdictionId()).orElseThrow();
        ResultCommand fixed = new ResultCommand(jurisdiction.getCode(), command.total(), command.rank(), command.rankTo(),
                command.ofTotal(), command.source(), command.sourceDecision());
        requireNone(rules.check(framework, result.getYear(), jurisdiction, fixed, id));
        record(result, fixed, result.getYear());
        results.flush();
        ranks.recompute(result.getFrameworkId(), result.getYear());
        return result;
    }

    /** A result entered by mistake goes with its criterion scores. */
    public void delete(long id, long version) {
        IndexResult result = result(id);
        ConcurrentEditException.check("Result", id, version, result.getVersion());
        scores.deleteAll(id);
        results.delete(result);
        results.flush();
        ranks.recompute(result.getFrameworkId(), result.getYear());
    }

    /**
     * The scores of a result, by criterion id, as typed (decimal comma or point); a blank score removes it. Every score
     * is checked first and nothing is saved if one is refused ({@link ScoresRejected}); a save from a page opened before
     * someone else's save is refused ({@link ConcurrentEditException}).
     *
     * @return the result's new version
     */
    public long saveScores(long resultId, long version, Map<Long, String> typedScores, Map<Long, String> notes) {
        IndexResult result = result(resultId);
        if (result.getVersionId() == null) {
            throw new RuleViolationException("score.error.noVersion");
        }
        Map<Long, CriterionSummary> criteria = catalog.tree(result.getVersionId()).stream()
                .collect(Collectors.toMap(CriterionSummary::id, Function.identity()));
        Map<Long, RuleViolationException> refused = new LinkedHashMap<>();
        List<ScoreWriter.Score> toWrite = new ArrayList<>();
        List<Long> toDelete = new ArrayList<>();
        typedScores.forEach((criterionId, text) -> {
            CriterionSummary criterion = criteria.get(criterionId);
            if (criterion == null) {
                refused.put(criterionId, RuleViolationException.onField("score", "score.error.unknownCriterion"));
            } else if (text == null || text.isBlank()) {
                toDelete.add(criterionId);
            } else {
                try {
                    toWrite.add(new ScoreWriter.Score(resultId, criterionId, ScoreRules.parse(criterion, text),
                            ScoreRules.note(notes.get(criterionId))));
                } catch (RuleViolationException violation) {
                    refused.put(criterionId, violation);
                }
            }
        });
        if (!refused.isEmpty()) {
            throw new ScoresRejected(refused);
        }
        if (results.bumpVersion(resultId, version) == 0) {
            throw new ConcurrentEditException("Result", resultId);
        }
        scores.delete(resultId, toDelete);
        scores.write(toWrite);
        return version + 1;
    }

    FrameworkSummary nationalFramework(String frameworkCode) {
        FrameworkSummary framework = catalog.framework(frameworkCode)
                .orElseThrow(() -> new NotFoundException("Framework", frameworkCode));
        if (framework.subject() != IndexSubject.PROVINCE) {
            throw new NotFoundException("Framework", frameworkCode);
        }
        return framework;
    }

    private static void record(IndexResult result, ResultCommand command, int year) {
        int ofTotal = command.ofTotal() == null ? Ranking.provincesIn(year) : command.ofTotal();
        result.record(command.total(), command.rank(), command.rank() == null ? null : command.rankTo(), ofTotal,
                blankToNull(command.source()), blankToNull(command.sourceDecision()));
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static void requireNone(List<RuleViolationException> violations) {
        if (!violations.isEmpty()) {
            throw violations.get(0);
        }
    }

}
