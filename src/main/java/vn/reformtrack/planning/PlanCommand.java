package vn.reformtrack.planning;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a coordinator sets on a plan. The document number and issue date may wait until the plan is signed, but a plan
 * cannot be issued without them.
 */
public record PlanCommand(
        String documentNumber,
        String title,
        String issuingBody,
        String signer,
        LocalDate issueDate,
        int year,
        Set<Long> frameworkIds) {}
