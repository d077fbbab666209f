package vn.reformtrack.unitindex;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Checks the files a unit links to a score or an explanation: only its own files (its library, which holds its
 * periodic reports' files too). An unknown id is refused like another unit's, so that ids teach nothing.
 */
@Component
class UnitEvidence {

    static final String FIELD = "evidenceIds";

    private final EvidenceStore store;

    UnitEvidence(EvidenceStore store) {
        this.store = store;
    }

    Set<Long> ownedBy(Collection<Long> ids, long unitId) {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        Map<Long, EvidenceSummary> files = store.findAll(distinct);
        if (files.size() != distinct.size() || files.values().stream().anyMatch(file -> file.ownerUnitId() != unitId)) {
            throw RuleViolationException.onField(FIELD, "unitindex.score.error.evidence");
        }
        return distinct;
    }
}
