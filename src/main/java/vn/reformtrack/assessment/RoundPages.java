package vn.reformtrack.assessment;

import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;

/**
 * Reads a round's page in one read-only transaction, each thing once: the round (404 for a unit user it does not
 * concern), its version's criteria tree, the criteria the user may see; for province-wide readers the projection
 * (computed from those same criteria and tree) and the latest history; for a unit head the unit's part to submit.
 * Before, the page asked five services in five transactions, and the projection read the round, its criteria and the
 * tree again.
 */
@Service
@Transactional(readOnly = true)
public class RoundPages {

    private final RoundService rounds;
    private final RoundQueries queries;
    private final AssessmentQueries projections;
    private final AssessmentHistory history;
    private final RecordingService recording;
    private final IndexCatalog catalog;

    RoundPages(RoundService rounds, RoundQueries queries, AssessmentQueries projections, AssessmentHistory history,
            RecordingService recording, IndexCatalog catalog) {
        this.rounds = rounds;
        this.queries = queries;
        this.projections = projections;
        this.history = history;
        this.recording = recording;
        this.catalog = catalog;
    }

    /**
     * What a round's page shows the user.
     *
     * @param items        every criterion the user may see (a unit user: their unit's part), in the tree's order
     * @param projection   where the round is heading (province-wide readers only, else null)
     * @param history      the latest {@code historyLines} changes (province-wide readers only, else null)
     * @param historyTotal how many changes the round has (0 when the history is not shown)
     * @param part         the unit's part to submit (a unit head only, else null)
     */
    public record RoundPage(RoundSummary round, List<ItemRow> items, Projection projection,
            List<AssessmentChange> history, long historyTotal, RecordingService.UnitPart part) {}

    public RoundPage page(long id, CurrentUser user, int historyLines) {
        RoundSummary round = rounds.summary(id, user);
        List<CriterionSummary> tree = catalog.tree(round.versionId());
        List<ItemRow> items = queries.items(id, tree, user);
        if (user.isProvinceWide()) {
            AssessmentHistory.Latest latest = history.latestOfRound(id, historyLines);
            return new RoundPage(round, items, projections.projection(round, items, tree), latest.changes(),
                    latest.total(), null);
        }
        RecordingService.UnitPart part = user.is(Role.UNIT_HEAD) ? recording.unitPart(id, user.unitId()) : null;
        return new RoundPage(round, items, null, null, 0, part);
    }
}
