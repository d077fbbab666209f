package vn.reformtrack.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @Query("select u from UserAccount u where lower(u.username) = lower(?1)")
    Optional<UserAccount> findByUsername(String username);

    long countByRoleAndEnabledTrue(Role role);

    long countByEnabledTrue();

    List<UserAccount> findByUnitIdInAndRoleAndEnabledTrueOrderByFullName(Collection<Long> unitIds, Role role);

    List<UserAccount> findByRoleAndEnabledTrueOrderByFullName(Role role);

    @Modifying
    @Query("update UserAccount u set u.enabled = false where u.demoAccount = true and u.enabled = true")
    int disableDemoAccounts();

    @Modifying
    @Query("update UserAccount u set u.lastLoginAt = ?2 where u.id = ?1")
    int recordSignIn(long id, Instant at);
}
