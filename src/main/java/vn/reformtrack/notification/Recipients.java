package vn.reformtrack.notification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.shared.web.Locales;

/**
 * Who receives what: the active heads and staff of units, a person by id, Home Affairs and leadership, each with the
 * language they chose for notifications (Vietnamese unless they chose English). Disabled accounts receive nothing.
 */
@Component
class Recipients {

    private final UserDirectory users;
    private final JdbcClient jdbc;

    Recipients(UserDirectory users, JdbcClient jdbc) {
        this.users = users;
        this.jdbc = jdbc;
    }

    /** The active heads of each unit, by unit (units without one are absent). */
    Map<Long, List<UserSummary>> headsByUnit(Collection<Long> unitIds) {
        return users.activeInUnits(unitIds, Role.UNIT_HEAD).stream()
                .collect(Collectors.groupingBy(UserSummary::unitId, LinkedHashMap::new, Collectors.toList()));
    }

    List<Recipient> heads(Collection<Long> unitIds) {
        return of(users.activeInUnits(unitIds, Role.UNIT_HEAD));
    }

    /** Heads and staff: the people who write and send a unit's reports. */
    List<Recipient> unitPeople(Collection<Long> unitIds) {
        List<UserSummary> people = new ArrayList<>(users.activeInUnits(unitIds, Role.UNIT_HEAD));
        people.addAll(users.activeInUnits(unitIds, Role.UNIT_STAFF));
        return of(people);
    }

    /** The active heads and staff of each of these units, in three queries whatever the number of units. */
    UnitPeople inUnits(Collection<Long> unitIds) {
        List<UserSummary> heads = users.activeInUnits(unitIds, Role.UNIT_HEAD);
        List<UserSummary> staff = users.activeInUnits(unitIds, Role.UNIT_STAFF);
        List<UserSummary> everyone = new ArrayList<>(heads);
        everyone.addAll(staff);
        Map<Long, Recipient> asRecipients = byId(of(everyone));
        return new UnitPeople(byUnit(heads, asRecipients), byUnit(staff, asRecipients));
    }

    Optional<Recipient> user(long id) {
        return users.find(id).filter(UserSummary::enabled).map(user -> of(List.of(user)).get(0));
    }

    /** These people by id, those disabled left out (two queries whatever their number). */
    Map<Long, Recipient> users(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : byId(of(users.findAll(ids)));
    }

    /** Home Affairs' coordinators, and leadership too when asked. */
    List<Recipient> province(boolean withLeaders) {
        List<UserSummary> people = new ArrayList<>(users.activeWithRole(Role.COORDINATOR));
        if (withLeaders) {
            people.addAll(users.activeWithRole(Role.LEADER));
        }
        return of(people);
    }

    /** The people as recipients, each once, with their languages (one query). */
    List<Recipient> of(Collection<UserSummary> people) {
        Map<Long, UserSummary> distinct = new LinkedHashMap<>();
        people.stream().filter(UserSummary::enabled).forEach(user -> distinct.putIfAbsent(user.id(), user));
        Map<Long, Locale> languages = languages(distinct.keySet());
        return distinct.values().stream()
                .map(user -> new Recipient(user.id(), user.fullName(), user.email(),
                        languages.getOrDefault(user.id(), Locales.VIETNAMESE)))
                .toList();
    }

    private static Map<Long, Recipient> byId(List<Recipient> recipients) {
        return recipients.stream().collect(Collectors.toMap(Recipient::userId, Function.identity()));
    }

    private static Map<Long, List<Recipient>> byUnit(List<UserSummary> people, Map<Long, Recipient> asRecipients) {
        return people.stream().collect(Collectors.groupingBy(UserSummary::unitId, LinkedHashMap::new,
                Collectors.mapping(person -> asRecipients.get(person.id()), Collectors.toList())));
    }

    private Map<Long, Locale> languages(Collection<Long> userIds) {
        if (userIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select user_id, language from notification_profile where user_id in (:ids)")
                .param("ids", userIds)
                .query((rs, i) -> Map.entry(rs.getLong("user_id"), Locale.forLanguageTag(rs.getString("language"))))
                .list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
