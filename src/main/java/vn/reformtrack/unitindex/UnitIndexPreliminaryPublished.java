package vn.reformtrack.unitindex;

import java.time.LocalDate;
import java.util.List;

/**
 * The chair published a round's preliminary scores to the units (for notifications): each unit may read its scores
 * and its head may explain named criteria from {@code explanationFrom} to {@code explanationTo}.
 */
public record UnitIndexPreliminaryPublished(long roundId, int year, LocalDate explanationFrom, LocalDate explanationTo,
        List<Long> unitIds) {}
