package vn.reformtrack.planning;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.evidence.EvidenceReadGrant;
import vn.reformtrack.identity.CurrentUser;

/**
 * Everyone who may see an issued plan may read its signed document, whichever unit's library the file sits in.
 * A draft's document stays with the coordinators and leaders (the evidence store's own rule).
 */
@Component
class SignedPlanDocumentGrant implements EvidenceReadGrant {

    private final PlanRepository plans;

    SignedPlanDocumentGrant(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean grants(CurrentUser user, long evidenceId) {
        return plans.existsBySignedDocumentIdAndStatusNot(evidenceId, PlanStatus.DRAFT);
    }
}
