package vn.reformtrack.unitindex;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.reformtrack.identity.CurrentUser;
import vn.reformtrack.indices.AssessmentMethod;
import vn.reformtrack.indices.CatalogEditor;
import vn.reformtrack.indices.CriteriaEditor;
import vn.reformtrack.indices.Criterion;
import vn.reformtrack.indices.CriterionCommand;
import vn.reformtrack.indices.CriterionKind;
import vn.reformtrack.indices.CriterionSummary;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.FrameworkVersion;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionCommand;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.web.NotFoundException;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The groups' criteria sets. A set is a methodology version of the group's framework (the catalogue keeps the tree,
 * codes, maxima, steps and owning departments; this module the kinds, guidance and survey scales). A new year's set
 * is made empty or as a copy of last year's; a set a round has used is frozen (copy it for the next year). Every
 * change is refused when it leaves a criterion whose children's maxima exceed its own.
 */
@Service
@Transactional
public class CriteriaSets {

    private final UnitGroups groups;
    private final IndexCatalog catalog;
    private final CatalogEditor catalogEditor;
    private final CriteriaEditor criteriaEditor;
    private final CriterionRules rules;
    private final JdbcClient jdbc;

    CriteriaSets(UnitGroups groups, IndexCatalog catalog, CatalogEditor catalogEditor, CriteriaEditor criteriaEditor,
            CriterionRules rules, JdbcClient jdbc) {
        this.groups = groups;
        this.catalog = catalog;
        this.catalogEditor = catalogEditor;
        this.criteriaEditor = criteriaEditor;
        this.rules = rules;
        this.jdbc = jdbc;
    }

    /** The group's set for a year: the version of its framework that applies to that year, if any. */
    @Transactional(readOnly = true)
    public Optional<CriteriaSet> forYear(long groupId, int year) {
        FrameworkSummary framework = framework(groupId);
        return catalog.versionFor(framework.code(), year).map(this::of);
    }

    @Transactional(readOnly = true)
    public CriteriaSet ofVersion(long versionId) {
        return of(catalog.version(versionId).orElseThrow(() -> new NotFoundException("Version", versionId)));
    }

    /** Whether a round has copied the set into units' sheets (it no longer changes). */
    @Transactional(readOnly = true)
    public boolean inUse(long versionId) {
        return jdbc.sql("select exists (select 1 from unit_index_round_group where version_id = :version)")
                .param("version", versionId).query(Boolean.class).single();
    }

    /** An empty set for the group from the command's first year (a set in force until then ends the year before). */
    public VersionSummary create(long groupId, VersionCommand command, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        FrameworkSummary framework = framework(groupId);
        closeBefore(framework, command.validFromYear());
        FrameworkVersion created = catalogEditor.createVersion(framework.id(), command, null);
        return catalog.version(created.getId()).orElseThrow();
    }

    /** Last year's set copied (tree and rules) as the set of {@code command}'s first year. */
    public VersionSummary copyLastYear(long groupId, VersionCommand command, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        if (command.validFromYear() == null) {
            throw RuleViolationException.onField("validFromYear", "version.error.yearRange");
        }
        FrameworkSummary framework = framework(groupId);
        int year = command.validFromYear();
        VersionSummary source = catalog.versionFor(framework.code(), year - 1)
                .orElseThrow(() -> new RuleViolationException("unitindex.set.error.noLastYear", String.valueOf(year - 1)));
        closeBefore(framework, year);
        FrameworkVersion created = catalogEditor.createVersion(framework.id(), command, source.id());
        rules.copy(source.id(), created.getId(), user.username());
        return catalog.version(created.getId()).orElseThrow();
    }

    /**
     * Adds a criterion under {@code parentId} (null: a new area) or changes {@code criterionId}, catalogue fields and
     * unit-index rules together; refused when the set is in use, or when the change makes a criterion's children
     * exceed its maximum (nothing of it is kept).
     */
    public long saveCriterion(long versionId, Long criterionId, Long parentId, long lockVersion,
            SetCriterionCommand command, CurrentUser user) {
        UnitIndexAccess.requireManager(user);
        requireEditable(versionId);
        if (command.maxPoints() == null) {
            throw RuleViolationException.onField("maxPoints", "unitindex.set.error.maxMissing");
        }
        requireScale(command);
        CriterionKind kind = parentId == null && (criterionId == null || isArea(criterionId)) ? CriterionKind.AREA
                : CriterionKind.CRITERION;
        CriterionCommand catalogue = new CriterionCommand(command.code(), command.nameVi(), command.nameEn(), kind,
                command.maxPoints(), command.scoreStep(), null,
                command.part() == CriterionPart.SURVEY ? AssessmentMethod.SURVEY : AssessmentMethod.SELF_ASSESSED,
                command.leadUnitId(), Set.of());
        Criterion saved;
        if (criterionId == null) {
            saved = criteriaEditor.create(versionId, parentId, catalogue);
        } else {
            Criterion existing = criteriaEditor.criterion(criterionId);
            if (existing.getVersionId() != versionId) {
                throw new NotFoundException("Criterion", criterionId);
            }
            saved = criteriaEditor.update(criterionId, lockVersion, catalogue);
        }
        rules.save(new CriterionRule(saved.getId(), command.part(), command.guidance(), command.surveyScale()),
                user.username());
        requireNoNewExcess(versionId, saved);
        return saved.getId();
    }

    private CriteriaSet of(VersionSummary version) {
        return CriteriaSet.of(version, catalog.tree(version.id()), rules.ofVersion(version.id()));
    }

    private FrameworkSummary framework(long groupId) {
        UnitGroup group = groups.get(groupId);
        return catalog.framework(group.getFrameworkId()).orElseThrow();
    }

    private boolean isArea(long criterionId) {
        return catalog.criterion(criterionId).map(criterion -> criterion.parentId() == null).orElse(false);
    }

    private void requireEditable(long versionId) {
        VersionSummary version = catalog.version(versionId).orElseThrow(() -> new NotFoundException("Version", versionId));
        if (inUse(versionId)) {
            throw new RuleViolationException("unitindex.set.error.inUse", version.label());
        }
    }

    private static void requireScale(SetCriterionCommand command) {
        if (command.surveyScaleMax() != null && command.surveyScaleMax()
                .compareTo(command.surveyScaleMin() == null ? BigDecimal.ZERO : command.surveyScaleMin()) <= 0) {
            throw RuleViolationException.onField("surveyScaleMax", "unitindex.set.error.scale");
        }
    }

    /** The saved criterion, and its parent, may not have children whose maxima exceed their own. */
    private void requireNoNewExcess(long versionId, Criterion saved) {
        CriteriaSet set = ofVersion(versionId);
        Set<String> concerned = new java.util.HashSet<>();
        concerned.add(saved.getCode());
        if (saved.getParentId() != null) {
            catalog.criterion(saved.getParentId()).map(CriterionSummary::code).ifPresent(concerned::add);
        }
        set.problems().stream()
                .filter(problem -> "unitindex.set.problem.exceeds".equals(problem.messageKey())
                        || "unitindex.set.problem.mixed".equals(problem.messageKey()))
                .filter(problem -> concerned.contains(problem.code()))
                .findFirst()
                .ifPresent(problem -> {
                    throw RuleViolationException.onField("maxPoints", problem.messageKey(), problem.arguments());
                });
    }

    /** The set in force for {@code year} and later is made to end the year before, so the new one may start. */
    private void closeBefore(FrameworkSummary framework, Integer year) {
        if (year == null) {
            return;
        }
        List<VersionSummary> open = catalog.versions(framework.code()).stream()
                .filter(version -> !version.retired() && version.validFromYear() < year
                        && (version.validToYear() == null || version.validToYear() >= year))
                .sorted(Comparator.comparingInt(VersionSummary::validFromYear))
                .toList();
        for (VersionSummary version : open) {
            FrameworkVersion stored = catalogEditor.version(version.id());
            catalogEditor.updateVersion(version.id(), stored.getVersion(), new VersionCommand(version.label(),
                    version.legalBasis(), version.issuedOn(), version.validFromYear(), year - 1, version.maxTotal()));
        }
    }
}
