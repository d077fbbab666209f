package vn.reformtrack.unitindex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.Role;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The council by default: the areas no member appraises yet, grouped by the department that owns them, each with that
 * department's people and one of them suggested; Home Affairs names them in one go (the members' rules are
 * {@link UnitIndexCouncil}'s).
 */
@Service
@Transactional
public class CouncilProposals {

    private final UnitIndexCouncil council;
    private final CouncilMemberRepository members;
    private final UserDirectory users;
    private final UnitDirectory units;
    private final UnitIndexHistory history;

    CouncilProposals(UnitIndexCouncil council, CouncilMemberRepository members, UserDirectory users,
            UnitDirectory units, UnitIndexHistory history) {
        this.council = council;
        this.members = members;
        this.users = users;
        this.units = units;
        this.history = history;
    }

    /**
     * One owning department's areas that no member appraises yet, the department's people who may be named for them,
     * and the one suggested: a member already, else its staff, else its head, else anyone of it.
     */
    public record Proposal(long unitId, String unitName, List<CouncilArea> areas, List<UserSummary> people,
            Long suggestedUserId) {}

    /** The council by default, from the areas' owning departments: one proposal a department with areas uncovered. */
    @Transactional(readOnly = true)
    public List<Proposal> proposal(long roundId) {
        List<CouncilMember> current = members.findByRoundId(roundId);
        Set<Long> covered = current.stream().flatMap(member -> member.getAreaIds().stream()).collect(Collectors.toSet());
        Map<Long, List<CouncilArea>> byOwner = new LinkedHashMap<>();
        council.areas(roundId).stream().filter(area -> area.leadUnitId() != null && !covered.contains(area.id()))
                .forEach(area -> byOwner.computeIfAbsent(area.leadUnitId(), id -> new ArrayList<>()).add(area));
        if (byOwner.isEmpty()) {
            return List.of();
        }
        Map<Long, UnitSummary> owners = units.findAll(byOwner.keySet());
        Map<Long, List<UserSummary>> people = new HashMap<>();
        for (Role role : List.of(Role.UNIT_STAFF, Role.UNIT_HEAD, Role.COORDINATOR)) {
            users.activeInUnits(byOwner.keySet(), role)
                    .forEach(person -> people.computeIfAbsent(person.unitId(), id -> new ArrayList<>()).add(person));
        }
        Set<Long> memberIds = current.stream().map(CouncilMember::getUserId).collect(Collectors.toSet());
        List<Proposal> proposals = new ArrayList<>();
        byOwner.forEach((unitId, areas) -> {
            List<UserSummary> candidates = people.getOrDefault(unitId, List.of());
            Long suggested = candidates.stream().filter(person -> memberIds.contains(person.id())).findFirst()
                    .or(() -> candidates.stream().findFirst()).map(UserSummary::id).orElse(null);
            proposals.add(new Proposal(unitId, owners.containsKey(unitId) ? owners.get(unitId).name() : "#" + unitId,
                    areas, candidates, suggested));
        });
        return proposals;
    }

    /**
     * Names the proposed people ({@code chosen}: owning department → person of it; departments left out are skipped),
     * each for their department's uncovered areas; a person on the council already gets them added.
     *
     * @return how many people were named or given areas
     */
    public int addProposed(long roundId, Map<Long, Long> chosen, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        council.round(roundId).requireNotPublished();
        List<CouncilArea> areas = council.areas(roundId);
        int named = 0;
        for (Proposal proposal : proposal(roundId)) {
            Long userId = chosen.get(proposal.unitId());
            if (userId == null) {
                continue;
            }
            UserSummary person = proposal.people().stream().filter(candidate -> candidate.id() == userId).findFirst()
                    .orElseThrow(() -> RuleViolationException.onField("people", "unitindex.council.error.proposedPerson",
                            proposal.unitName()));
            Set<Long> areaIds = proposal.areas().stream().map(CouncilArea::id).collect(Collectors.toSet());
            CouncilMember member = members.findByRoundIdAndUserId(roundId, userId).orElse(null);
            String before = member == null ? null : UnitIndexCouncil.codes(areas, member.getAreaIds());
            if (member == null) {
                member = members.save(new CouncilMember(roundId, userId));
            } else {
                areaIds.addAll(member.getAreaIds());
            }
            member.assignAreas(areaIds, member.getOutsideReason());
            history.record(roundId, null, null, UnitIndexChangeKind.COUNCIL_CHANGED, user.username(), UnitIndexHistory
                    .fields().add("unitindex.council.member", null, person.fullName())
                    .add("unitindex.council.areas", before, UnitIndexCouncil.codes(areas, member.getAreaIds())));
            named++;
        }
        if (named == 0) {
            throw RuleViolationException.onField("people", "unitindex.council.error.noneProposed");
        }
        return named;
    }
}
