package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.Hibernate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A coordinator's work on a criteria tree: add, edit, reorder among siblings, move under another parent, retire and
 * reinstate. The rules hold whatever the way in (form or import): a child's code extends its parent's, codes are
 * unique in a version, no node is its own ancestor, maxima are not negative, and the lead unit is active and not
 * also a coordinating unit.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class CriteriaEditor {

    private final CriterionRepository criteria;
    private final FrameworkVersionRepository versions;
    private final CriterionQueries queries;
    private final UnitDirectory units;

    CriteriaEditor(CriterionRepository criteria, FrameworkVersionRepository versions, CriterionQueries queries,
            UnitDirectory units) {
        this.criteria = criteria;
        this.versions = versions;
        this.queries = queries;
        this.units = units;
    }

    /** The criterion with its coordinating units loaded: forms read them after the transaction (no open session). */
    @Transactional(readOnly = true)
    public Criterion criterion(long id) {
        Criterion criterion = criteria.findById(id).orElseThrow(() -> new NotFoundException("Criterion", id));
        Hibernate.initialize(criterion.getCoordinatingUnitIds());
        return criterion;
    }

    public Criterion create(long versionId, Long parentId, CriterionCommand command) {
        FrameworkVersion version = versions.findById(versionId).orElseThrow(() -> new NotFoundException("Version", versionId));
        if (version.isRetired()) {
            throw new RuleViolationException("criterion.error.versionRetired", version.getLabel());
        }
        Criterion parent = parentId == null ? null : usableParent(versionId, parentId);
        String code = requireCode(command.code(), parent == null ? null : parent.getCode(), versionId, null);
        requireNumbers(command);
        requireUnits(command, null);
        int position = criteria.findByVersionIdAndParentIdOrderByPositionAscCodeAsc(versionId, parentId).stream()
                .mapToInt(Criterion::getPosition).max().orElse(0) + 1;
        Criterion criterion = new Criterion(versionId, parentId, code, position);
        describe(criterion, command);
        return criteria.save(criterion);
    }

    /** Changing the code renames the whole branch: {@code 1.2.x} follows {@code 1.2} when it becomes {@code 1.3}. */
    public Criterion update(long id, long version, CriterionCommand command) {
        Criterion criterion = criterion(id);
        ConcurrentEditException.check("Criterion", id, version, criterion.getVersion());
        String parentCode = criterion.getParentId() == null ? null : criterion(criterion.getParentId()).getCode();
        String code = command.code() == null ? criterion.getCode() : command.code().strip();
        requireNumbers(command);
        requireUnits(command, criterion);
        if (!code.equals(criterion.getCode())) {
            requireCode(code, parentCode, criterion.getVersionId(), id);
            renameBranch(criterion, code);
        }
        describe(criterion, command);
        return criterion;
    }

    public void moveUp(long id) {
        swapWithNeighbour(id, -1);
    }

    public void moveDown(long id) {
        swapWithNeighbour(id, 1);
    }

    /** Under another parent (or to the top level, {@code newParentId} null) with a code that extends the new parent's. */
    public Criterion move(long id, long version, Long newParentId, String newCode) {
        Criterion criterion = criterion(id);
        ConcurrentEditException.check("Criterion", id, version, criterion.getVersion());
        Criterion parent = null;
        if (newParentId != null) {
            if (newParentId == id || descendantIds(criterion).contains(newParentId)) {
                throw RuleViolationException.onField("parentId", "criterion.error.cycle");
            }
            parent = usableParent(criterion.getVersionId(), newParentId);
        }
        String code = newCode == null || newCode.isBlank() ? criterion.getCode() : newCode.strip();
        requireCode(code, parent == null ? null : parent.getCode(), criterion.getVersionId(), id);
        int position = criteria.findByVersionIdAndParentIdOrderByPositionAscCodeAsc(criterion.getVersionId(), newParentId)
                .stream().filter(other -> !other.getId().equals(id)).mapToInt(Criterion::getPosition).max().orElse(0) + 1;
        renameBranch(criterion, code);
        criterion.moveTo(newParentId, code, position);
        return criterion;
    }

    /**
     * A retired criterion is kept (results and tasks point at it) but no longer scored or assigned. A node with active
     * sub-criteria is retired with them only when the coordinator confirms it ({@code withDescendants}); otherwise it is
     * refused, so that a branch is never left half-active by accident.
     *
     * @return how many criteria were retired
     */
    public int retire(long id, long version, boolean withDescendants) {
        Criterion criterion = criterion(id);
        ConcurrentEditException.check("Criterion", id, version, criterion.getVersion());
        List<Criterion> active = criteria.findAllById(descendantIds(criterion)).stream().filter(c -> !c.isRetired()).toList();
        if (!active.isEmpty() && !withDescendants) {
            throw new RuleViolationException("criterion.error.activeChildren", criterion.getCode(), active.size());
        }
        criterion.retire();
        active.forEach(Criterion::retire);
        return 1 + active.size();
    }

    /** Only the node itself comes back (its retired sub-criteria stay retired until reinstated one by one). */
    public void reinstate(long id, long version) {
        Criterion criterion = criterion(id);
        ConcurrentEditException.check("Criterion", id, version, criterion.getVersion());
        if (criterion.getParentId() != null && criterion(criterion.getParentId()).isRetired()) {
            throw new RuleViolationException("criterion.error.parentRetired");
        }
        criterion.reinstate();
    }

    /** The criterion and every node below it (where it may not be moved). */
    @Transactional(readOnly = true)
    public Set<Long> branchIds(long id) {
        Criterion criterion = criterion(id);
        Set<Long> branch = new HashSet<>(descendantIds(criterion));
        branch.add(id);
        return branch;
    }

    /** The ids of every node below this one. */
    Set<Long> descendantIds(Criterion criterion) {
        Set<Long> below = new HashSet<>(Set.of(criterion.getId()));
        for (CriterionSummary node : queries.tree(criterion.getVersionId())) {
            if (node.parentId() != null && below.contains(node.parentId())) {
                below.add(node.id());
            }
        }
        below.remove(criterion.getId());
        return below;
    }

    void describe(Criterion criterion, CriterionCommand command) {
        criterion.describe(command.nameVi(), command.nameEn(), command.kind(), command.maxPoints(), command.scoreStep(),
                command.weightPercent(), command.assessment());
        criterion.assignUnits(command.leadUnitId(), command.coordinatingUnitIds());
    }

    private Criterion usableParent(long versionId, long parentId) {
        Criterion parent = criteria.findById(parentId)
                .filter(found -> found.getVersionId() == versionId)
                .orElseThrow(() -> RuleViolationException.onField("parentId", "criterion.error.parentMissing"));
        if (parent.isRetired()) {
            throw RuleViolationException.onField("parentId", "criterion.error.parentRetired");
        }
        return parent;
    }

    private String requireCode(String rawCode, String parentCode, long versionId, Long ownId) {
        String code = rawCode == null ? "" : rawCode.strip();
        if (!CriterionCodes.isWellFormed(code)) {
            throw RuleViolationException.onField("code", "criterion.error.codeFormat", code);
        }
        if (!CriterionCodes.extendsParent(code, parentCode)) {
            throw RuleViolationException.onField("code", "criterion.error.codeNotUnderParent", code, parentCode);
        }
        criteria.findByVersionIdAndCode(versionId, code)
                .filter(other -> !other.getId().equals(ownId))
                .ifPresent(other -> {
                    throw RuleViolationException.onField("code", "criterion.error.codeTaken", code);
                });
        return code;
    }

    /** Renames the node's descendants to follow its new code, refusing if any new code is already taken. */
    private void renameBranch(Criterion criterion, String newCode) {
        String oldCode = criterion.getCode();
        if (oldCode.equals(newCode)) {
            return;
        }
        Map<Criterion, String> renamed = new LinkedHashMap<>();
        for (Criterion descendant : criteria.findAllById(descendantIds(criterion))) {
            renamed.put(descendant, CriterionCodes.renamed(descendant.getCode(), oldCode, newCode));
        }
        renamed.values().stream().filter(code -> !CriterionCodes.isWellFormed(code)).findFirst().ifPresent(code -> {
            throw RuleViolationException.onField("code", "criterion.error.branchCodeTooLong", code);
        });
        Set<Long> moving = renamed.keySet().stream().map(Criterion::getId).collect(Collectors.toSet());
        moving.add(criterion.getId());
        renamed.forEach((descendant, code) -> criteria.findByVersionIdAndCode(criterion.getVersionId(), code)
                .filter(other -> !moving.contains(other.getId()))
                .ifPresent(other -> {
                    throw RuleViolationException.onField("code", "criterion.error.codeTaken", code);
                }));
        renamed.put(criterion, newCode);
        // Codes are unique in the database too: park the branch on temporary codes first, then write the new ones.
        renamed.keySet().forEach(node -> node.moveTo(node.getParentId(), "~" + node.getId(), node.getPosition()));
        criteria.flush();
        renamed.forEach((node, code) -> node.moveTo(node.getParentId(), code, node.getPosition()));
    }

    private void swapWithNeighbour(long id, int direction) {
        Criterion criterion = criterion(id);
        List<Criterion> siblings = criteria.findByVersionIdAndParentIdOrderByPositionAscCodeAsc(
                criterion.getVersionId(), criterion.getParentId());
        int index = siblings.indexOf(criterion);
        int other = index + direction;
        if (other < 0 || other >= siblings.size()) {
            return;
        }
        List<Criterion> ordered = new ArrayList<>(siblings);
        ordered.set(index, siblings.get(other));
        ordered.set(other, criterion);
        for (int i = 0; i < ordered.size(); i++) {
            if (ordered.get(i).getPosition() != i + 1) {
                ordered.get(i).reorder(i + 1);
            }
        }
    }

    static void requireNumbers(CriterionCommand command) {
        requireDecimal(command.maxPoints(), "maxPoints", false);
        requireDecimal(command.scoreStep(), "scoreStep", true);
        requireDecimal(command.weightPercent(), "weightPercent", false);
        if (command.weightPercent() != null && command.weightPercent().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw RuleViolationException.onField("weightPercent", "criterion.error.weight");
        }
    }

    private static void requireDecimal(BigDecimal value, String field, boolean strictlyPositive) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || strictlyPositive && value.signum() == 0) {
            throw RuleViolationException.onField(field, strictlyPositive ? "criterion.error.positive" : "criterion.error.negative");
        }
        if (value.stripTrailingZeros().scale() > 3 || value.compareTo(BigDecimal.valueOf(1_000_000)) >= 0) {
            throw RuleViolationException.onField(field, "criterion.error.decimals");
        }
    }

    /** Units newly named must exist and be active; one kept from before may have been deactivated since. */
    private void requireUnits(CriterionCommand command, Criterion existing) {
        if (command.leadUnitId() != null && command.coordinatingUnitIds().contains(command.leadUnitId())) {
            throw RuleViolationException.onField("coordinatingUnitIds", "criterion.error.leadAlsoCoordinating");
        }
        Set<Long> kept = new HashSet<>();
        if (existing != null) {
            kept.addAll(existing.getCoordinatingUnitIds());
            if (existing.getLeadUnitId() != null) {
                kept.add(existing.getLeadUnitId());
            }
        }
        Set<Long> named = new HashSet<>(command.coordinatingUnitIds());
        if (command.leadUnitId() != null) {
            named.add(command.leadUnitId());
        }
        named.removeAll(kept);
        Map<Long, UnitSummary> found = units.findAll(named);
        for (Long unitId : named) {
            UnitSummary unit = found.get(unitId);
            String field = Objects.equals(unitId, command.leadUnitId()) ? "leadUnitId" : "coordinatingUnitIds";
            if (unit == null) {
                throw RuleViolationException.onField(field, "criterion.error.unitMissing");
            }
            if (!unit.active()) {
                throw RuleViolationException.onField(field, "criterion.error.unitInactive", unit.name());
            }
        }
    }
}
