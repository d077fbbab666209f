package vn.reformtrack.indices;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.shared.web.ConcurrentEditException;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * A coordinator's work on frameworks and their methodology versions. National frameworks (PAR Index, SIPAS, PAPI,
 * PCI) keep their code and scale; the province adds its own internal indices for its units. Nothing is deleted:
 * frameworks are deactivated and versions retired, so results keep pointing at what they were scored under.
 */
@Service
@Transactional
@PreAuthorize("hasAnyRole('COORDINATOR', 'ADMIN')")
public class CatalogEditor {

    private final IndexFrameworkRepository frameworks;
    private final FrameworkVersionRepository versions;
    private final CriterionRepository criteria;
    private final CriterionQueries queries;

    CatalogEditor(IndexFrameworkRepository frameworks, FrameworkVersionRepository versions, CriterionRepository criteria,
            CriterionQueries queries) {
        this.frameworks = frameworks;
        this.versions = versions;
        this.criteria = criteria;
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public IndexFramework framework(long id) {
        return frameworks.findById(id).orElseThrow(() -> new NotFoundException("Framework", id));
    }

    @Transactional(readOnly = true)
    public FrameworkVersion version(long id) {
        return versions.findWithFramework(id).orElseThrow(() -> new NotFoundException("Version", id));
    }

    /** A province-internal index: it scores the province's own units. */
    public IndexFramework createFramework(FrameworkCommand command) {
        String code = command.code().strip();
        frameworks.findByCode(code).ifPresent(other -> {
            throw RuleViolationException.onField("code", "framework.error.codeTaken", code);
        });
        return frameworks.save(new IndexFramework(code, command.nameVi(), command.nameEn(), command.scale(), IndexSubject.UNIT));
    }

    /** Names change; the scale only of the province's own frameworks (the national ones are fixed by their publisher). */
    public IndexFramework updateFramework(long id, long version, FrameworkCommand command) {
        IndexFramework framework = framework(id);
        ConcurrentEditException.check("Framework", id, version, framework.getVersion());
        IndexScale scale = framework.getSubject() == IndexSubject.UNIT && command.scale() != null
                ? command.scale() : framework.getScale();
        framework.describe(command.nameVi(), command.nameEn(), scale, framework.getSubject());
        return framework;
    }

    public void deactivateFramework(long id, long version) {
        IndexFramework framework = framework(id);
        ConcurrentEditException.check("Framework", id, version, framework.getVersion());
        framework.deactivate();
    }

    public void activateFramework(long id, long version) {
        IndexFramework framework = framework(id);
        ConcurrentEditException.check("Framework", id, version, framework.getVersion());
        framework.activate();
    }

    /** A new methodology, optionally starting from a copy of an earlier version's criteria tree (retired nodes left out). */
    public FrameworkVersion createVersion(long frameworkId, VersionCommand command, Long copyFromVersionId) {
        IndexFramework framework = framework(frameworkId);
        requireValid(command, framework.getId(), null, true);
        FrameworkVersion source = null;
        if (copyFromVersionId != null) {
            source = versions.findById(copyFromVersionId)
                    .filter(candidate -> candidate.getFramework().getId().equals(frameworkId))
                    .orElseThrow(() -> RuleViolationException.onField("copyFromVersionId", "version.error.copySource"));
        }
        FrameworkVersion created = new FrameworkVersion(framework, command.label());
        describe(created, command);
        versions.save(created);
        if (source != null) {
            copyTree(source.getId(), created.getId());
        }
        return created;
    }

    public FrameworkVersion updateVersion(long id, long version, VersionCommand command) {
        FrameworkVersion existing = version(id);
        ConcurrentEditException.check("Version", id, version, existing.getVersion());
        requireValid(command, existing.getFramework().getId(), id, !existing.isRetired());
        describe(existing, command);
        return existing;
    }

    /** Its criteria can no longer be chosen for new tasks; results scored under it keep pointing at it. */
    public void retireVersion(long id, long version) {
        FrameworkVersion existing = version(id);
        ConcurrentEditException.check("Version", id, version, existing.getVersion());
        existing.retire();
    }

    public void reinstateVersion(long id, long version) {
        FrameworkVersion existing = version(id);
        ConcurrentEditException.check("Version", id, version, existing.getVersion());
        requireNoOverlap(existing.getFramework().getId(), id, existing.getValidFromYear(), existing.getValidToYear(), null);
        existing.reinstate();
    }

    private static void describe(FrameworkVersion version, VersionCommand command) {
        version.describe(command.label(), command.legalBasis(), command.issuedOn(), command.validFromYear(),
                command.validToYear(), command.maxTotal());
    }

    private void requireValid(VersionCommand command, long frameworkId, Long ownId, boolean inForce) {
        if (command.legalBasis() != null && !command.legalBasis().isBlank() && !LegalBasis.isWellFormed(command.legalBasis())) {
            throw RuleViolationException.onField("legalBasis", "version.error.legalBasis", command.legalBasis().strip());
        }
        if (command.validFromYear() == null) {
            throw RuleViolationException.onField("validFromYear", "version.error.yearRange");
        }
        int from = command.validFromYear();
        Integer to = command.validToYear();
        if (from < 1990 || from > 2100 || to != null && (to < 1990 || to > 2100)) {
            throw RuleViolationException.onField("validFromYear", "version.error.yearRange");
        }
        if (to != null && to < from) {
            throw RuleViolationException.onField("validToYear", "version.error.yearsReversed", from, to);
        }
        if (command.maxTotal() != null && command.maxTotal().signum() <= 0) {
            throw RuleViolationException.onField("maxTotal", "version.error.maxTotal");
        }
        if (command.maxTotal() != null && (command.maxTotal().stripTrailingZeros().scale() > 3
                || command.maxTotal().compareTo(BigDecimal.valueOf(1_000_000)) >= 0)) {
            throw RuleViolationException.onField("maxTotal", "version.error.maxTotalDigits");
        }
        versions.findByFrameworkCode(framework(frameworkId).getCode()).stream()
                .filter(other -> !Objects.equals(other.getId(), ownId))
                .filter(other -> other.getLabel().equalsIgnoreCase(command.label().strip()))
                .findFirst()
                .ifPresent(other -> {
                    throw RuleViolationException.onField("label", "version.error.labelTaken", other.getLabel());
                });
        if (inForce) {
            requireNoOverlap(frameworkId, ownId, from, to, "validFromYear");
        }
    }

    /** Two methodologies that are both in force may not claim the same year. */
    private void requireNoOverlap(long frameworkId, Long ownId, int from, Integer to, String field) {
        int end = to == null ? Integer.MAX_VALUE : to;
        versions.findByFrameworkCode(framework(frameworkId).getCode()).stream()
                .filter(other -> !other.isRetired() && !Objects.equals(other.getId(), ownId))
                .filter(other -> other.getValidFromYear() <= end
                        && (other.getValidToYear() == null || other.getValidToYear() >= from))
                .findFirst()
                .ifPresent(other -> {
                    String years = other.getValidFromYear() + "–" + (other.getValidToYear() == null ? "" : other.getValidToYear());
                    throw field == null
                            ? new RuleViolationException("version.error.overlap", other.getLabel(), years)
                            : RuleViolationException.onField(field, "version.error.overlap", other.getLabel(), years);
                });
    }

    private void copyTree(long sourceVersionId, long targetVersionId) {
        Map<Long, Long> copies = new HashMap<>();
        for (CriterionSummary node : queries.tree(sourceVersionId)) {
            Long parent = node.parentId() == null ? null : copies.get(node.parentId());
            if (node.retired() || node.parentId() != null && parent == null) {
                continue;
            }
            Criterion copy = new Criterion(targetVersionId, parent, node.code(), node.position());
            copy.describe(node.nameVi(), node.nameEn(), node.kind(), node.maxPoints(), node.scoreStep(),
                    node.weightPercent(), node.assessment());
            copy.assignUnits(node.leadUnitId(), node.coordinatingUnitIds());
            copies.put(node.id(), criteria.save(copy).getId());
        }
    }
}
