package vn.reformtrack.evidence;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;

/**
 * Who may read and who may add evidence, in one place. Reading: province-wide roles read every file, a unit user the
 * files of their own unit, and {@link EvidenceReadGrant} beans may allow more. Adding: coordinators and
 * administrators for any unit, unit users for their own unit; provincial leadership only reads.
 */
@Service
public class EvidenceAccess {

    private final List<EvidenceReadGrant> grants;

    @Autowired
    EvidenceAccess(ObjectProvider<EvidenceReadGrant> grants) {
        this(grants.orderedStream().toList());
    }

    EvidenceAccess(List<EvidenceReadGrant> grants) {
        this.grants = List.copyOf(grants);
    }

    public boolean canRead(CurrentUser user, EvidenceSummary file) {
        if (user.isProvinceWide() || ownUnit(user, file.ownerUnitId())) {
            return true;
        }
        return grants.stream().anyMatch(grant -> grant.grants(user, file.id()));
    }

    public boolean canUpload(CurrentUser user, long ownerUnitId) {
        if (user.is(Role.LEADER)) {
            return false;
        }
        return user.isProvinceWide() || ownUnit(user, ownerUnitId);
    }

    private static boolean ownUnit(CurrentUser user, long unitId) {
        return user.unitId() != null && user.unitId() == unitId;
    }
}
