package vn.reformtrack.assessment;

import org.springframework.stereotype.Component;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.shared.web.NotFoundException;

/**
 * Loads a criterion of a round for a user: 404 when the round or the item does not exist, when the item is not in
 * that round, or when the user may not see it (a unit user and a criterion their unit neither answers for nor helps
 * with, whatever id or URL they send).
 */
@Component
class ItemLoader {

    private final AssessmentRoundRepository rounds;
    private final AssessmentItemRepository items;
    private final IndexCatalog catalog;

    ItemLoader(AssessmentRoundRepository rounds, AssessmentItemRepository items, IndexCatalog catalog) {
        this.rounds = rounds;
        this.items = items;
        this.catalog = catalog;
    }

    /** One criterion of a round with its round and catalog entry. */
    record Loaded(AssessmentRound round, AssessmentItem item, CriterionSummary criterion) {}

    Loaded load(long roundId, long itemId, CurrentUser user) {
        AssessmentRound round = rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Round", roundId));
        AssessmentItem item = items.findByIdAndRoundId(itemId, roundId)
                .filter(found -> AssessmentAccess.canSee(user, round, found))
                .orElseThrow(() -> new NotFoundException("Assessment item", itemId));
        CriterionSummary criterion = catalog.criterion(item.getCriterionId()).orElseThrow();
        return new Loaded(round, item, criterion);
    }
}
