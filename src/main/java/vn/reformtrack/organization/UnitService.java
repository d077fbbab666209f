package vn.reformtrack.organization;

import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.RuleViolationException;

/** An administrator's work on the unit tree: create, edit, move, deactivate and reactivate. Nothing is deleted. */
@Service
@Transactional
public class UnitService {

    private final UnitRepository units;
    private final UnitQueries queries;
    private final ApplicationEventPublisher events;

    UnitService(UnitRepository units, UnitQueries queries, ApplicationEventPublisher events) {
        this.units = units;
        this.queries = queries;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<UnitRow> search(UnitFilter filter, Pageable pageable) {
        return queries.search(filter, pageable);
    }

    @Transactional(readOnly = true)
    public Unit get(long id) {
        return units.findById(id).orElseThrow(() -> new UnitNotFoundException(id));
    }

    public Unit create(UnitCommand command) {
        requireUniqueCode(command.code(), null);
        requireUsableParent(command.parentId(), null);
        Unit created = units.saveAndFlush(new Unit(command.code(), command.name(), command.type(), command.parentId()));
        events.publishEvent(new UnitChanged(created.getId()));
        return created;
    }

    public Unit update(long id, long version, UnitCommand command) {
        Unit unit = get(id);
        ConcurrentEditException.check("Unit", id, version, unit.getVersion());
        requireUniqueCode(command.code(), id);
        if (!Objects.equals(unit.getParentId(), command.parentId())) {
            requireUsableParent(command.parentId(), id);
        }
        unit.describe(command.code(), command.name(), command.type(), command.parentId());
        units.flush();
        events.publishEvent(new UnitChanged(id));
        return unit;
    }

    public void deactivate(long id, long version) {
        Unit unit = get(id);
        ConcurrentEditException.check("Unit", id, version, unit.getVersion());
        if (units.existsByParentIdAndActiveTrue(id)) {
            throw new RuleViolationException("unit.error.hasActiveChildren", unit.getName());
        }
        unit.deactivate();
        units.flush();
        events.publishEvent(new UnitChanged(id));
    }

    public void activate(long id, long version) {
        Unit unit = get(id);
        ConcurrentEditException.check("Unit", id, version, unit.getVersion());
        if (unit.getParentId() != null && !get(unit.getParentId()).isActive()) {
            throw new RuleViolationException("unit.error.parentInactive");
        }
        unit.activate();
        units.flush();
        events.publishEvent(new UnitChanged(id));
    }

    private void requireUniqueCode(String code, Long ownId) {
        units.findByCodeIgnoreCase(code.strip())
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(other -> {
                    throw RuleViolationException.onField("code", "unit.error.codeTaken", code.strip());
                });
    }

    /** A parent must exist, be active, and not be the unit itself or one of its descendants (a cycle). */
    private void requireUsableParent(Long parentId, Long ownId) {
        if (parentId == null) {
            return;
        }
        Unit parent = units.findById(parentId)
                .orElseThrow(() -> RuleViolationException.onField("parentId", "unit.error.parentMissing"));
        if (ownId != null && (parentId.equals(ownId) || units.findAncestorIds(parentId).contains(ownId))) {
            throw RuleViolationException.onField("parentId", "unit.error.cycle");
        }
        if (!parent.isActive()) {
            throw RuleViolationException.onField("parentId", "unit.error.parentInactive");
        }
    }
}
