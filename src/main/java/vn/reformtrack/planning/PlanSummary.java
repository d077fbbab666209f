package vn.reformtrack.planning;

import java.time.LocalDate;
import java.util.List;

/** What other modules know of a plan; {@code frameworkCodes} are the indices it covers, e.g. PAR_PROVINCE, SIPAS. */
public record PlanSummary(
        long id,
        String documentNumber,
        String title,
        String issuingBody,
        String signer,
        LocalDate issueDate,
        int year,
        PlanStatus status,
        List<String> frameworkCodes) {}
