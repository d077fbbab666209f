package vn.reformtrack.assessment;

import org.springframework.stereotype.Component;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.organization.UnitDirectory;
import vn.reformtrack.organization.UnitSummary;

/** A round with the names pages show: its index, methodology and subject unit. */
@Component
class RoundSummaries {

    private final IndexCatalog catalog;
    private final UnitDirectory units;

    RoundSummaries(IndexCatalog catalog, UnitDirectory units) {
        this.catalog = catalog;
        this.units = units;
    }

    RoundSummary of(AssessmentRound round) {
        FrameworkSummary framework = catalog.framework(round.getFrameworkId()).orElseThrow();
        VersionSummary version = catalog.version(round.getVersionId()).orElseThrow();
        String subjectName = round.getSubjectUnitId() == null ? null
                : units.find(round.getSubjectUnitId()).map(UnitSummary::name).orElse(null);
        return new RoundSummary(round.getId(), round.getVersion(), framework.id(), framework.code(), framework.nameVi(),
                framework.nameEn(), framework.scale(), version.id(), version.label(), version.maxTotal(), round.getYear(),
                round.getSubjectType(), round.getSubjectUnitId(), subjectName, round.getDeadline(), round.getStatus(),
                round.getStartedAt(), round.getClosedAt());
    }
}
