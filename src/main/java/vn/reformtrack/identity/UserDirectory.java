package vn.reformtrack.identity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How other modules read accounts: one by id, the active people of a role in given units (e.g. their heads), and the
 * active people of a role province-wide (e.g. Home Affairs' coordinators).
 */
@Service
@Transactional(readOnly = true)
public class UserDirectory {

    private final UserAccountRepository accounts;

    UserDirectory(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public Optional<UserSummary> find(long id) {
        return accounts.findById(id).map(UserSummary::of);
    }

    /** The accounts of these ids that exist, in one query. */
    public List<UserSummary> findAll(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : accounts.findAllById(ids).stream().map(UserSummary::of).toList();
    }

    public long countEnabled() {
        return accounts.countByEnabledTrue();
    }

    public List<UserSummary> activeWithRole(Role role) {
        return accounts.findByRoleAndEnabledTrueOrderByFullName(role).stream().map(UserSummary::of).toList();
    }

    public List<UserSummary> activeInUnits(Collection<Long> unitIds, Role role) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return accounts.findByUnitIdInAndRoleAndEnabledTrueOrderByFullName(unitIds, role).stream()
                .map(UserSummary::of)
                .toList();
    }
}
