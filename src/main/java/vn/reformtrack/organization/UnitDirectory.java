package vn.reformtrack.organization;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.db.KeptReads;

/** How other modules read units: by id, in batches, as the active tree for pickers, and by subtree. */
@Service
@Transactional(readOnly = true)
public class UnitDirectory {

    private final UnitRepository units;
    private final UnitQueries queries;
    /** The two trees (with and without inactive units) as last read. */
    private final KeptReads<Boolean, String, List<UnitRow>> keptTrees = new KeptReads<>(2);

    UnitDirectory(UnitRepository units, UnitQueries queries) {
        this.units = units;
        this.queries = queries;
    }

    public Optional<UnitSummary> find(long id) {
        return units.findById(id).map(Unit::summary);
    }

    public Optional<UnitSummary> findByCode(String code) {
        return units.findByCodeIgnoreCase(code).map(Unit::summary);
    }

    /** Many units in one query, keyed by id; unknown ids are simply absent. */
    public Map<Long, UnitSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return queries.summaries(ids.stream().mapToLong(Long::longValue).distinct().toArray()).stream()
                .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    }

    /**
     * Units in tree order with their depth, for select lists; inactive ones only when asked. Kept with the units'
     * {@link #changeStamp} and read again when it moves: the pickers, filters and imports of every page ask for it, and
     * numbering the whole tree was the audit page's dearest statement (4 ms of PostgreSQL's time a view on the large
     * data set). A change that rolls back leaves a stamp (its transaction's time) that no later change repeats.
     */
    public List<UnitRow> tree(boolean includeInactive) {
        return keptTrees.get(includeInactive, changeStamp(), true, () -> List.copyOf(queries.tree(includeInactive)));
    }

    /**
     * A short text that changes whenever any unit is added, renamed, moved or (de)activated: lets a reader keep
     * something built from the tree and rebuild it on the next request after a change, on every node.
     */
    public String changeStamp() {
        return units.changeStamp();
    }

    public long countActive() {
        return units.countByActiveTrue();
    }

    /** The unit and all units below it. */
    public List<Long> subtreeIds(long unitId) {
        return units.findSubtreeIds(unitId);
    }
}
