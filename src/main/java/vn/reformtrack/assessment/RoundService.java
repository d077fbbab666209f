package vn.reformtrack.assessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A coordinator's work on rounds: open one for a methodology and year (each leaf criterion becomes an item, assigned
 * to the catalog's default units), assign criteria, change the deadline, start the round for the units, close it, or
 * discard a round still being prepared. Everyone reads the rounds they may see.
 */
@Service
@Transactional
public class RoundService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final AssessmentRoundRepository rounds;
    private final AssessmentItemRepository items;
    private final AssessmentHistory history;
    private final RoundSummaries summaries;
    private final IndexCatalog catalog;
    private final UnitDirectory units;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RoundService(AssessmentRoundRepository rounds, AssessmentItemRepository items, AssessmentHistory history,
            RoundSummaries summaries, IndexCatalog catalog, UnitDirectory units, ApplicationEventPublisher events,
            Clock clock) {
        this.rounds = rounds;
        this.items = items;
        this.history = history;
        this.summaries = summaries;
        this.catalog = catalog;
        this.units = units;
        this.events = events;
        this.clock = clock;
    }

    /** A round the user may see: a unit user sees a started round in which their unit answers for or helps with a criterion. */
    @Transactional(readOnly = true)
    public AssessmentRound get(long id, CurrentUser user) {
        AssessmentRound round = rounds.findById(id).orElseThrow(() -> new NotFoundException("Round", id));
        if (user.isProvinceWide()) {
            return round;
        }
        // One statement, whatever the round's size: reading the items to ask each one loaded an item's helping units
        // for every item before the first the unit had a part in (as many statements as the row order happened to give).
        boolean involved = round.isVisibleToUnits() && user.unitId() != null && items.involves(id, user.unitId());
        if (!involved) {
            throw new NotFoundException("Round", id);
        }
        return round;
    }

    @Transactional(readOnly = true)
    public RoundSummary summary(long id, CurrentUser user) {
        return summaries.of(get(id, user));
    }

    public AssessmentRound open(OpenRoundCommand command, CurrentUser user) {
        AssessmentAccess.requireManager(user);
        VersionSummary version = catalog.version(command.versionId())
                .orElseThrow(() -> RuleViolationException.onField("versionId", "round.error.versionUnknown"));
        FrameworkSummary framework = catalog.framework(version.frameworkId()).orElseThrow();
        if (!framework.active() || version.retired()) {
            throw RuleViolationException.onField("versionId", "round.error.versionRetired", version.label());
        }
        if (!version.appliesTo(command.year())) {
            throw RuleViolationException.onField("year", "round.error.yearOutsideVersion", version.label(),
                    String.valueOf(version.validFromYear()),
                    version.validToYear() == null ? "…" : String.valueOf(version.validToYear()));
        }
        RoundSubject subject = command.subject();
        if (subject.type() != framework.subject()) {
            throw RuleViolationException.onField("versionId", "round.error.subjectMismatch");
        }
        if (subject.unitId() != null) {
            requireActiveUnit("subjectUnitId", subject.unitId());
        }
        requireDeadline(command.deadline());
        if (rounds.exists(version.id(), command.year(), subject.type(), subject.unitId())) {
            throw RuleViolationException.onField("year", "round.error.exists", framework.code(),
                    String.valueOf(command.year()));
        }
        List<CriterionSummary> leaves = catalog.tree(version.id()).stream()
                .filter(criterion -> criterion.leaf() && !criterion.retired())
                .toList();
        if (leaves.isEmpty()) {
            throw RuleViolationException.onField("versionId", "round.error.noCriteria", version.label());
        }
        AssessmentRound round = rounds.save(new AssessmentRound(framework.id(), version.id(), command.year(),
                subject.type(), subject.unitId(), command.deadline()));
        Set<Long> active = activeUnits(leaves);
        for (CriterionSummary criterion : leaves) {
            Long lead = criterion.leadUnitId() != null && active.contains(criterion.leadUnitId())
                    ? criterion.leadUnitId() : subject.unitId();
            Set<Long> coordinating = criterion.coordinatingUnitIds().stream().filter(active::contains)
                    .collect(Collectors.toSet());
            items.save(new AssessmentItem(round.getId(), criterion.id(), EntryMode.defaultFor(criterion.assessment()),
                    lead, coordinating));
        }
        history.record(round.getId(), null, AssessmentChangeKind.ROUND_OPENED, user.username(), new AssessmentHistory.Fields()
                .add("round.deadline", null, DATE.format(command.deadline())).list());
        return round;
    }

    public void changeDeadline(long id, long version, LocalDate deadline, CurrentUser user) {
        AssessmentAccess.requireManager(user);
        AssessmentRound round = get(id, user);
        ConcurrentEditException.check("Round", id, version, round.getVersion());
        requireDeadline(deadline);
        LocalDate before = round.getDeadline();
        round.changeDeadline(deadline);
        history.record(id, null, AssessmentChangeKind.DEADLINE_CHANGED, user.username(), new AssessmentHistory.Fields()
                .add("round.deadline", DATE.format(before), DATE.format(deadline)).list());
    }

    /** Units may record from now on: refused while a criterion to be recorded by a unit has none. */
    public void start(long id, long version, CurrentUser user) {
        AssessmentAccess.requireManager(user);
        AssessmentRound round = get(id, user);
        ConcurrentEditException.check("Round", id, version, round.getVersion());
        round.start(user.username(), Instant.now(clock),
                items.countByRoundIdAndResponsibleUnitIdIsNullAndEntry(id, EntryMode.UNIT));
        history.record(id, null, AssessmentChangeKind.ROUND_STARTED, user.username(), List.of());
        events.publishEvent(new AssessmentEvent.RoundStarted(id));
    }

    public void close(long id, long version, CurrentUser user) {
        AssessmentAccess.requireManager(user);
        AssessmentRound round = get(id, user);
        ConcurrentEditException.check("Round", id, version, round.getVersion());
        round.close(user.username(), Instant.now(clock));
        history.record(id, null, AssessmentChangeKind.ROUND_CLOSED, user.username(), List.of());
    }

    /**
     * Assigns criteria in one go: every line is checked before any is applied, so a refusal leaves all as they were.
     * Lines that change nothing are not recorded.
     */
    public void assign(long roundId, List<AssignmentCommand> commands, CurrentUser user) {
        AssessmentAccess.requireManager(user);
        AssessmentRound round = get(roundId, user);
        round.requireNotClosed();
        Map<Long, AssessmentItem> byId = items.findByRoundId(roundId).stream()
                .collect(Collectors.toMap(AssessmentItem::getId, Function.identity()));
        Set<Long> unitIds = new HashSet<>();
        for (AssignmentCommand command : commands) {
            AssessmentItem item = byId.get(command.itemId());
            if (item == null) {
                throw new NotFoundException("Assessment item", command.itemId());
            }
            ConcurrentEditException.check("Assessment item", item.getId(), command.version(), item.getVersion());
            if (command.responsibleUnitId() != null) {
                unitIds.add(command.responsibleUnitId());
            }
            unitIds.addAll(command.coordinatingUnitIds());
        }
        Map<Long, UnitSummary> found = units.findAll(unitIds);
        for (Long unitId : unitIds) {
            UnitSummary unit = found.get(unitId);
            if (unit == null || !unit.active()) {
                throw new RuleViolationException("assignment.error.unitInactive", unit == null ? "#" + unitId : unit.name());
            }
        }
        Map<Long, CriterionSummary> criteria = catalog.criteria(byId.values().stream()
                .map(AssessmentItem::getCriterionId).toList());
        for (AssignmentCommand command : commands) {
            AssessmentItem item = byId.get(command.itemId());
            Set<Long> coordinating = new HashSet<>(command.coordinatingUnitIds());
            coordinating.remove(command.responsibleUnitId());
            if (item.getEntry() == command.entry() && Objects.equals(item.getResponsibleUnitId(), command.responsibleUnitId())
                    && item.getCoordinatingUnitIds().equals(coordinating)) {
                continue;
            }
            String code = criteria.get(item.getCriterionId()).code();
            AssessmentHistory.Fields fields = new AssessmentHistory.Fields()
                    .add("item.entry", item.getEntry(), command.entry())
                    .add("item.responsibleUnit", name(found, item.getResponsibleUnitId()), name(found, command.responsibleUnitId()))
                    .add("item.coordinatingUnits", names(item.getCoordinatingUnitIds()), names(coordinating));
            try {
                item.assign(command.entry(), command.responsibleUnitId(), coordinating);
            } catch (RuleViolationException refused) {
                throw new RuleViolationException("assignment.error.refused", code,
                        new org.springframework.context.support.DefaultMessageSourceResolvable(
                                new String[] {refused.getMessageKey()}, refused.getArguments()));
            }
            history.record(roundId, item.getId(), AssessmentChangeKind.ASSIGNED, user.username(), fields.list());
        }
    }

    /** A round opened by mistake, while it is still being prepared: it goes, with its criteria and history. */
    public void discard(long id, long version, CurrentUser user) {
        AssessmentAccess.requireManager(user);
        AssessmentRound round = get(id, user);
        ConcurrentEditException.check("Round", id, version, round.getVersion());
        if (!round.isPreparing()) {
            throw new RuleViolationException("round.error.discard.started");
        }
        items.findByRoundId(id).forEach(item -> {
            if (item.hasAnythingRecorded()) {
                throw new RuleViolationException("round.error.discard.recorded");
            }
        });
        history.deleteOfRound(id);
        items.deleteAll(items.findByRoundId(id));
        rounds.delete(round);
    }

    private void requireDeadline(LocalDate deadline) {
        if (deadline == null) {
            throw RuleViolationException.onField("deadline", "round.error.deadlineMissing");
        }
        if (deadline.isBefore(LocalDate.now(clock))) {
            throw RuleViolationException.onField("deadline", "round.error.deadlinePast");
        }
    }

    private void requireActiveUnit(String field, long unitId) {
        UnitSummary unit = units.find(unitId).orElseThrow(() -> RuleViolationException.onField(field, "round.error.unitUnknown"));
        if (!unit.active()) {
            throw RuleViolationException.onField(field, "assignment.error.unitInactive", unit.name());
        }
    }

    private Set<Long> activeUnits(List<CriterionSummary> criteria) {
        Set<Long> ids = new HashSet<>();
        criteria.forEach(criterion -> {
            if (criterion.leadUnitId() != null) {
                ids.add(criterion.leadUnitId());
            }
            ids.addAll(criterion.coordinatingUnitIds());
        });
        return units.findAll(ids).values().stream().filter(UnitSummary::active).map(UnitSummary::id)
                .collect(Collectors.toSet());
    }

    private static String name(Map<Long, UnitSummary> found, Long id) {
        return id == null ? "" : found.containsKey(id) ? found.get(id).name() : "#" + id;
    }

    private String names(Set<Long> ids) {
        return units.findAll(ids).values().stream().map(UnitSummary::name).sorted().collect(Collectors.joining(", "));
    }
}
