package vn.reformtrack.unitindex;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.identity.UserDirectory;
import vn.reformtrack.identity.UserSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A round's appraisal council: Home Affairs names its members and the areas each appraises, for every unit of every
 * group; who may appraise what is read here. Members come from the departments that own the areas: the council is
 * proposed from the owners ({@link CouncilProposals}), and a person named for an area their department does not own is
 * refused unless the chair records why. Nobody appraises their own unit's lines but the chair (conflict of interest).
 */
@Service
@Transactional
public class UnitIndexCouncil {

    private static final int MAX_REASON = 1000;
    private static final UnitSummary MISSING = new UnitSummary(0, "", "?", null, null, true);

    private final CouncilMemberRepository members;
    private final UnitIndexRoundRepository rounds;
    private final CriteriaSets sets;
    private final UserDirectory users;
    private final UnitDirectory units;
    private final UnitIndexHistory history;
    private final JdbcClient jdbc;

    UnitIndexCouncil(CouncilMemberRepository members, UnitIndexRoundRepository rounds, CriteriaSets sets,
            UserDirectory users, UnitDirectory units, UnitIndexHistory history, JdbcClient jdbc) {
        this.members = members;
        this.rounds = rounds;
        this.sets = sets;
        this.users = users;
        this.units = units;
        this.history = history;
        this.jdbc = jdbc;
    }

    /**
     * The areas of every set in the round, set by set in tree order; groups that share a set share its areas (named
     * together, e.g. "Sở, ban, ngành có TTHC; Sở, ban, ngành không có TTHC").
     */
    @Transactional(readOnly = true)
    public List<CouncilArea> areas(long roundId) {
        java.util.Map<Long, List<String[]>> groupsBySet = new java.util.LinkedHashMap<>();
        jdbc.sql("""
                        select rg.version_id, rg.group_id, g.name_vi from unit_index_round_group rg
                        join unit_index_group g on g.id = rg.group_id where rg.round_id = :round order by g.position, g.code
                        """)
                .param("round", roundId)
                .query(rs -> {
                    groupsBySet.computeIfAbsent(rs.getLong("version_id"), id -> new ArrayList<>())
                            .add(new String[] {rs.getString("group_id"), rs.getString("name_vi")});
                });
        List<CouncilArea> areas = new ArrayList<>();
        groupsBySet.forEach((versionId, groups) -> {
            String names = groups.stream().map(group -> group[1]).collect(Collectors.joining("; "));
            long groupId = Long.parseLong(groups.get(0)[0]);
            for (SetNode area : sets.ofVersion(versionId).areas()) {
                areas.add(new CouncilArea(area.id(), groupId, names, area.code(), area.criterion().nameVi(),
                        area.criterion().nameEn(), area.max(), area.part(), area.criterion().leadUnitId()));
            }
        });
        return areas;
    }

    @Transactional(readOnly = true)
    public List<CouncilMember> members(long roundId) {
        return members.findByRoundId(roundId);
    }

    @Transactional(readOnly = true)
    public Optional<CouncilMember> membership(long roundId, long userId) {
        return members.findByRoundIdAndUserId(roundId, userId);
    }

    /** Whether the user appraises this area in this round: the chair's colleagues (managers) all, members theirs. */
    @Transactional(readOnly = true)
    public boolean appraises(CurrentUser user, long roundId, long areaId) {
        return user.canManageProvince() || membership(roundId, user.id()).map(m -> m.appraises(areaId)).orElse(false);
    }

    /**
     * Refuses a user who does not appraise the area: as missing (404) for those who may not even see it, as forbidden
     * (403) for province-wide readers.
     */
    void requireAppraiser(CurrentUser user, long roundId, long areaId, String what, long id) {
        if (!appraises(user, roundId, areaId)) {
            if (user.isProvinceWide()) {
                throw new org.springframework.security.access.AccessDeniedException(user.username() + " may not appraise "
                        + what + " " + id);
            }
            throw new NotFoundException(what, id);
        }
    }

    /** The areas a user appraises in a round (null: every area, for managers). */
    @Transactional(readOnly = true)
    public Set<Long> areasOf(CurrentUser user, long roundId) {
        if (user.canManageProvince()) {
            return null;
        }
        return membership(roundId, user.id()).map(m -> Set.copyOf(m.getAreaIds())).orElse(Set.of());
    }

    /**
     * Names a member for areas. Areas their department does not own are refused, naming them and their owners, unless
     * {@code outsideReason} says why; only the round's chair (when it has one) records such a reason.
     */
    public CouncilMember add(long roundId, long userId, Set<Long> areaIds, String outsideReason, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = round(roundId);
        round.requireNotPublished();
        UserSummary person = users.find(userId)
                .orElseThrow(() -> RuleViolationException.onField("userId", "unitindex.council.error.user"));
        if (members.findByRoundIdAndUserId(roundId, userId).isPresent()) {
            throw RuleViolationException.onField("userId", "unitindex.council.error.already", person.fullName());
        }
        List<CouncilArea> areas = areas(roundId);
        Set<Long> chosen = requireAreas(areas, areaIds);
        String reason = requireOutsideReason(round, outside(areas, chosen, person), outsideReason, user);
        CouncilMember member = new CouncilMember(roundId, userId);
        member.assignAreas(chosen, reason);
        members.save(member);
        history.record(roundId, null, null, UnitIndexChangeKind.COUNCIL_CHANGED, user.username(), UnitIndexHistory
                .fields().add("unitindex.council.member", null, person.fullName())
                .add("unitindex.council.areas", null, codes(areas, member.getAreaIds()))
                .add("unitindex.council.outsideReason", null, reason));
        return member;
    }

    /** New areas for a member, under the same rule as {@link #add}. */
    public void changeAreas(long roundId, long memberId, long version, Set<Long> areaIds, String outsideReason,
            CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        UnitIndexRound round = round(roundId);
        round.requireNotPublished();
        CouncilMember member = member(roundId, memberId);
        ConcurrentEditException.check("Council member", memberId, version, member.getVersion());
        UserSummary person = users.find(member.getUserId()).orElseThrow();
        List<CouncilArea> areas = areas(roundId);
        Set<Long> chosen = requireAreas(areas, areaIds);
        String reason = requireOutsideReason(round, outside(areas, chosen, person), outsideReason, user);
        String before = codes(areas, member.getAreaIds());
        String reasonBefore = member.getOutsideReason();
        member.assignAreas(chosen, reason);
        history.record(roundId, null, null, UnitIndexChangeKind.COUNCIL_CHANGED, user.username(), UnitIndexHistory
                .fields().add("unitindex.council.member", null, person.fullName())
                .add("unitindex.council.areas", before, codes(areas, member.getAreaIds()))
                .add("unitindex.council.outsideReason", reasonBefore, reason));
    }

    /**
     * Whether the unit's lines are the user's own unit's, which they may not appraise (conflict of interest): anyone's
     * but the round's chair's. The chair or another member appraises them.
     */
    public boolean conflicted(CurrentUser user, UnitIndexRound round, long unitId) {
        return user.unitId() != null && user.unitId() == unitId && !round.chairedBy(user.id());
    }

    void requireNoConflict(CurrentUser user, UnitIndexRound round, long unitId) {
        if (conflicted(user, round, unitId)) {
            throw new RuleViolationException("unitindex.appraisal.error.ownUnit");
        }
    }

    /** A member leaves the council (what they appraised stays, with their name). */
    public void remove(long roundId, long memberId, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        round(roundId).requireNotPublished();
        CouncilMember member = member(roundId, memberId);
        history.record(roundId, null, null, UnitIndexChangeKind.COUNCIL_CHANGED, user.username(), UnitIndexHistory
                .fields().add("unitindex.council.member", name(member), null));
        members.delete(member);
    }

    /** The chosen areas that the person's department (or a unit above theirs) does not own; unowned areas are anyone's. */
    private List<CouncilArea> outside(List<CouncilArea> areas, Set<Long> chosen, UserSummary person) {
        Map<Long, List<Long>> subtrees = new HashMap<>();
        return areas.stream()
                .filter(area -> chosen.contains(area.id()) && area.leadUnitId() != null)
                .filter(area -> person.unitId() == null || !subtrees
                        .computeIfAbsent(area.leadUnitId(), units::subtreeIds).contains(person.unitId()))
                .toList();
    }

    /** The reason for the areas outside the member's department: required then, and recorded by the chair. */
    private String requireOutsideReason(UnitIndexRound round, List<CouncilArea> outside, String reason,
            CurrentUser user) {
        if (outside.isEmpty()) {
            return null;
        }
        if (reason == null || reason.isBlank()) {
            Map<Long, UnitSummary> owners = units.findAll(outside.stream().map(CouncilArea::leadUnitId).toList());
            throw RuleViolationException.onField("outsideReason", "unitindex.council.error.notOwner",
                    outside.stream().map(area -> area.groupName() + " " + area.code() + " ("
                            + owners.getOrDefault(area.leadUnitId(), MISSING).name() + ")")
                            .collect(Collectors.joining(", ")));
        }
        if (reason.strip().length() > MAX_REASON) {
            throw RuleViolationException.onField("outsideReason", "unitindex.council.error.reasonLength", MAX_REASON);
        }
        if (round.getChairUserId() != null && !round.chairedBy(user.id())) {
            throw RuleViolationException.onField("outsideReason", "unitindex.council.error.chairOnly");
        }
        return reason.strip();
    }

    private static Set<Long> requireAreas(List<CouncilArea> areas, Set<Long> areaIds) {
        if (areaIds == null || areaIds.isEmpty()) {
            throw RuleViolationException.onField("areaIds", "unitindex.council.error.noAreas");
        }
        Set<Long> known = areas.stream().map(CouncilArea::id).collect(Collectors.toSet());
        if (!known.containsAll(areaIds)) {
            throw RuleViolationException.onField("areaIds", "unitindex.council.error.area");
        }
        return new HashSet<>(areaIds);
    }

    static String codes(List<CouncilArea> areas, Set<Long> areaIds) {
        return areas.stream().filter(area -> areaIds.contains(area.id()))
                .map(area -> area.groupName() + " " + area.code()).collect(Collectors.joining(", "));
    }

    private String name(CouncilMember member) {
        return users.find(member.getUserId()).map(UserSummary::fullName).orElse("#" + member.getUserId());
    }

    UnitIndexRound round(long roundId) {
        return rounds.findById(roundId).orElseThrow(() -> new NotFoundException("Unit index round", roundId));
    }

    private CouncilMember member(long roundId, long memberId) {
        return members.findById(memberId).filter(found -> found.getRoundId() == roundId)
                .orElseThrow(() -> new NotFoundException("Council member", memberId));
    }
}
