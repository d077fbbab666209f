package vn.reformtrack.results;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;
import vn.reformtrack.indices.FrameworkSummary;
import vn.reformtrack.indices.IndexCatalog;
import vn.reformtrack.indices.VersionSummary;
import vn.reformtrack.shared.web.RuleViolationException;

/**
 * The rules a published result obeys, whether typed in a form or read from a spreadsheet: a province that existed
 * that year, one result per province and year, a total between 0 and the methodology's maximum, a rank within "of
 * how many". Returns every violation (the import shows them all), each on the form field it concerns.
 */
@Component
class ResultRules {

    /** The years a result may have (the table's check constraint). */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;

    private final JurisdictionRepository jurisdictions;
    private final IndexResultRepository results;
    private final IndexCatalog catalog;

    ResultRules(JurisdictionRepository jurisdictions, IndexResultRepository results, IndexCatalog catalog) {
        this.jurisdictions = jurisdictions;
        this.results = results;
        this.catalog = catalog;
    }

    JurisdictionMatcher matcher() {
        return new JurisdictionMatcher(jurisdictions.findAll());
    }

    /** The methodology a year's results of the framework are scored under, if any. */
    VersionSummary version(FrameworkSummary framework, int year) {
        return catalog.versionFor(framework.code(), year).orElse(null);
    }

    List<RuleViolationException> check(FrameworkSummary framework, int year, Jurisdiction jurisdiction,
            ResultCommand command, Long ownId) {
        List<RuleViolationException> violations = new ArrayList<>();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            violations.add(new RuleViolationException("result.error.year", FIRST_YEAR, LAST_YEAR));
        }
        if (jurisdiction == null) {
            violations.add(RuleViolationException.onField("jurisdictionCode", "result.error.unknownProvince",
                    Objects.toString(command.jurisdictionCode(), "")));
        } else {
            if (!jurisdiction.existsIn(year)) {
                violations.add(RuleViolationException.onField("jurisdictionCode", "result.error.mergedBefore",
                        jurisdiction.getNameVi(), year));
            }
            results.findByFrameworkIdAndYearAndJurisdictionId(framework.id(), year, jurisdiction.getId())
                    .filter(existing -> !existing.getId().equals(ownId))
                    .ifPresent(existing -> violations.add(RuleViolationException.onField("jurisdictionCode",
                            "result.error.duplicate", jurisdiction.getNameVi(), year)));
        }
        if (command.total() == null && command.rank() == null) {
            violations.add(RuleViolationException.onField("total", "result.error.nothingKnown"));
        }
        checkTotal(framework, year, command.total(), violations);
        int ofTotal = command.ofTotal() == null ? Ranking.provincesIn(year) : command.ofTotal();
        if (ofTotal < 1 || ofTotal > 100) {
            violations.add(RuleViolationException.onField("ofTotal", "result.error.ofTotal"));
        }
        if (command.rank() != null && (command.rank() < 1 || command.rank() > ofTotal)) {
            violations.add(RuleViolationException.onField("rank", "result.error.rankBeyond", command.rank(), ofTotal));
        }
        if (command.rankTo() != null && (command.rank() == null || command.rankTo() < command.rank() || command.rankTo() > ofTotal)) {
            violations.add(RuleViolationException.onField("rankTo", "result.error.rankRange", ofTotal));
        }
        return violations;
    }

    private void checkTotal(FrameworkSummary framework, int year, BigDecimal total, List<RuleViolationException> violations) {
        if (total == null) {
            return;
        }
        if (total.signum() < 0) {
            violations.add(RuleViolationException.onField("total", "result.error.negative"));
            return;
        }
        if (total.stripTrailingZeros().scale() > 4 || total.compareTo(BigDecimal.valueOf(100_000)) >= 0) {
            violations.add(RuleViolationException.onField("total", "result.error.decimals"));
            return;
        }
        VersionSummary version = version(framework, year);
        if (version != null && version.maxTotal() != null && total.compareTo(version.maxTotal()) > 0) {
            violations.add(RuleViolationException.onField("total", "result.error.aboveMax",
                    total.stripTrailingZeros().toPlainString(), version.maxTotal().stripTrailingZeros().toPlainString()));
        }
    }
}
