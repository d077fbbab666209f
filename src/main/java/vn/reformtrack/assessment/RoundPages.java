package vn.reformtrack.assessment;

import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.db.KeptReads;

/**
 * Reads a round's page in one read-only transaction, each thing once: the round (404 for a unit user it does not
 * concern), its version's criteria tree, the criteria the user may see; for province-wide readers the projection
 * (computed from those same criteria and tree) and the latest history; for a unit head the unit's part to submit.
 * Before, the page asked five services in five transactions, and the projection read the round, its criteria and the
 * tree again.
 *
 * <p>The round (for province-wide readers, who may read every round), the criteria, their progress per unit and the
 * history are kept per round and reader's scope with the assessment
 * version ({@link AssessmentVersion}) and given again, the same objects, while it has not moved: a criterion recorded,
 * submitted or appraised, a unit renamed, shows on the next view (it moves the version in its own transaction). The
 * page's kept parts then find their renderings by the objects themselves ({@code RenderedFragments}).
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
    private final AssessmentVersion version;
    private final KeptReads<Scope, Long, Read> kept = new KeptReads<>(KEPT_READS);
    private final KeptReads<Long, RoundStamp, RoundSummary> keptRounds = new KeptReads<>(KEPT_READS);

    /** Rounds' pages kept: each index's recent rounds for the province and each unit, with room. */
    private static final int KEPT_READS = 256;

    /** A round as a reader's scope reads it: a unit user's is their unit's part, a province user's all of it. */
    private record Scope(long roundId, boolean unitUser, Long unitId, int historyLines) {}

    private record Read(List<ItemRow> items, List<UnitProgress> progress, AssessmentHistory.Latest history) {}

    /** A round's summary shows the round, its unit's name (the assessment version) and its index and methodology. */
    private record RoundStamp(long assessment, String catalogue) {}

    RoundPages(RoundService rounds, RoundQueries queries, AssessmentQueries projections, AssessmentHistory history,
            RecordingService recording, IndexCatalog catalog, AssessmentVersion version) {
        this.rounds = rounds;
        this.queries = queries;
        this.projections = projections;
        this.history = history;
        this.recording = recording;
        this.catalog = catalog;
        this.version = version;
    }

    /**
     * What a round's page shows the user.
     *
     * @param items        every criterion the user may see (a unit user: their unit's part), in the tree's order
     * @param progress     progress per responsible unit of those criteria
     * @param projection   where the round is heading (province-wide readers only, else null)
     * @param history      the latest {@code historyLines} changes (province-wide readers only, else null)
     * @param historyTotal how many changes the round has (0 when the history is not shown)
     * @param part         the unit's part to submit (a unit head only, else null)
     */
    public record RoundPage(RoundSummary round, List<ItemRow> items, List<UnitProgress> progress,
            Projection projection, List<AssessmentChange> history, long historyTotal, RecordingService.UnitPart part) {}

    public RoundPage page(long id, CurrentUser user, int historyLines) {
        // The versions first: a read is never kept under a version newer than itself.
        long current = version.current();
        String catalogue = catalog.changeStamp();
        boolean provinceWide = user.isProvinceWide();
        // A province-wide reader may read every round: the round itself is kept too. A unit user's is checked each time.
        RoundSummary round = provinceWide
                ? keptRounds.get(id, new RoundStamp(current, catalogue), true, () -> rounds.summary(id, user))
                : rounds.summary(id, user);
        List<CriterionSummary> tree = catalog.tree(round.versionId());
        Scope scope = new Scope(id, user.isUnitUser(), user.isUnitUser() ? user.unitId() : null,
                provinceWide ? historyLines : 0);
        Read read = kept.get(scope, current, true, () -> read(id, tree, user, scope));
        if (provinceWide) {
            return new RoundPage(round, read.items(), read.progress(),
                    projections.projection(round, read.items(), tree, catalogue), read.history().changes(),
                    read.history().total(), null);
        }
        RecordingService.UnitPart part = user.is(Role.UNIT_HEAD) ? recording.unitPart(id, user.unitId()) : null;
        return new RoundPage(round, read.items(), read.progress(), null, null, 0, part);
    }

    private Read read(long id, List<CriterionSummary> tree, CurrentUser user, Scope scope) {
        List<ItemRow> items = List.copyOf(queries.items(id, tree, user));
        // A unit user's progress is of the criteria their unit answers for, not those it only helps with.
        List<ItemRow> answered = scope.unitUser()
                ? items.stream().filter(row -> Objects.equals(row.responsibleUnitId(), scope.unitId())).toList()
                : items;
        AssessmentHistory.Latest latest = new AssessmentHistory.Latest(List.of(), 0);
        if (scope.historyLines() > 0) {
            AssessmentHistory.Latest read = history.latestOfRound(id, scope.historyLines());
            latest = new AssessmentHistory.Latest(List.copyOf(read.changes()), read.total());
        }
        return new Read(items, List.copyOf(queries.progress(answered)), latest);
    }
}
