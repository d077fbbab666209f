package vn.reformtrack.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;

class EvidenceAccessTest {

    static final long OWN_UNIT = 10;
    static final long OTHER_UNIT = 20;
    static final EvidenceSummary OTHER_UNITS_FILE = new EvidenceSummary(7, OTHER_UNIT, "a.pdf", "a.pdf",
            "application/pdf", 1, "0".repeat(64), null, null, null, null, "someone", Instant.EPOCH);

    final EvidenceAccess basicRule = new EvidenceAccess(List.of());

    @Test
    void provinceWideRolesReadEveryFile() {
        for (Role role : List.of(Role.COORDINATOR, Role.ADMIN, Role.LEADER)) {
            assertThat(basicRule.canRead(user(role, null), OTHER_UNITS_FILE)).as(role.name()).isTrue();
        }
    }

    @Test
    void aUnitUserReadsOnlyTheirOwnUnitsFiles() {
        for (Role role : List.of(Role.UNIT_HEAD, Role.UNIT_STAFF)) {
            assertThat(basicRule.canRead(user(role, OTHER_UNIT), OTHER_UNITS_FILE)).as(role.name()).isTrue();
            assertThat(basicRule.canRead(user(role, OWN_UNIT), OTHER_UNITS_FILE)).as(role.name()).isFalse();
        }
    }

    @Test
    void anotherModuleMayWidenReadingForTheFilesItKnows() {
        List<Long> asked = new ArrayList<>();
        EvidenceReadGrant leadUnitReadsCoordinatingUnitsEvidence = (user, evidenceId) -> {
            asked.add(evidenceId);
            return user.unitId() == OWN_UNIT && evidenceId == 7;
        };
        EvidenceAccess widened = new EvidenceAccess(List.of(leadUnitReadsCoordinatingUnitsEvidence));

        assertThat(widened.canRead(user(Role.UNIT_STAFF, OWN_UNIT), OTHER_UNITS_FILE)).isTrue();
        assertThat(widened.canRead(user(Role.UNIT_STAFF, 30L), OTHER_UNITS_FILE)).isFalse();
        assertThat(asked).containsExactly(7L, 7L);

        asked.clear();
        widened.canRead(user(Role.COORDINATOR, null), OTHER_UNITS_FILE);
        widened.canRead(user(Role.UNIT_HEAD, OTHER_UNIT), OTHER_UNITS_FILE);
        assertThat(asked).as("grants are asked only when the basic rule says no").isEmpty();
    }

    @Test
    void coordinatorsAndAdministratorsUploadForAnyUnitUnitUsersForTheirOwnLeadersNever() {
        assertThat(basicRule.canUpload(user(Role.COORDINATOR, 1L), OTHER_UNIT)).isTrue();
        assertThat(basicRule.canUpload(user(Role.ADMIN, null), OTHER_UNIT)).isTrue();
        assertThat(basicRule.canUpload(user(Role.UNIT_STAFF, OWN_UNIT), OWN_UNIT)).isTrue();
        assertThat(basicRule.canUpload(user(Role.UNIT_HEAD, OWN_UNIT), OTHER_UNIT)).isFalse();
        assertThat(basicRule.canUpload(user(Role.LEADER, OTHER_UNIT), OTHER_UNIT)).isFalse();
    }

    static CurrentUser user(Role role, Long unitId) {
        return new CurrentUser(1, "user", "Người dùng", role, unitId);
    }
}
