package vn.reformtrack.assessment;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.reformtrack.evidence.EvidenceStore;
import vn.reformtrack.evidence.EvidenceSummary;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * Checks the files someone links to a criterion: a unit links only its own files (its library, which holds the files
 * of its periodic reports too), never another unit's; Home Affairs may link any stored file. An unknown id is refused
 * like another unit's, so that ids teach nothing.
 */
@Component
class EvidenceLinks {

    static final String FIELD = "evidenceIds";

    private final EvidenceStore store;

    EvidenceLinks(EvidenceStore store) {
        this.store = store;
    }

    /** The files, all of them owned by {@code unitId}. */
    Map<Long, EvidenceSummary> ownedBy(Collection<Long> ids, long unitId) {
        Map<Long, EvidenceSummary> files = existing(ids);
        files.values().stream().filter(file -> file.ownerUnitId() != unitId).findFirst().ifPresent(file -> {
            throw RuleViolationException.onField(FIELD, "item.error.evidence.otherUnit");
        });
        return files;
    }

    /** Adds the files linked and unlinked to a history line, by name. */
    void describe(AssessmentHistory.Fields fields, AssessmentItem.AttachmentChange change) {
        Set<Long> ids = new LinkedHashSet<>(change.added());
        ids.addAll(change.removed());
        Map<Long, EvidenceSummary> files = store.findAll(ids);
        if (!change.added().isEmpty()) {
            fields.add("item.evidenceAdded", null, names(change.added(), files));
        }
        if (!change.removed().isEmpty()) {
            fields.add("item.evidenceRemoved", names(change.removed(), files), null);
        }
    }

    private static String names(Set<Long> ids, Map<Long, EvidenceSummary> files) {
        return ids.stream().sorted()
                .map(id -> files.containsKey(id) ? files.get(id).originalFileName() : "#" + id)
                .collect(java.util.stream.Collectors.joining("; "));
    }

    /** The files, whoever owns them (Home Affairs' own estimates). */
    Map<Long, EvidenceSummary> existing(Collection<Long> ids) {
        Set<Long> distinct = new LinkedHashSet<>(ids);
        Map<Long, EvidenceSummary> files = store.findAll(distinct);
        if (files.size() != distinct.size()) {
            throw RuleViolationException.onField(FIELD, "item.error.evidence.unknown");
        }
        return files;
    }
}
