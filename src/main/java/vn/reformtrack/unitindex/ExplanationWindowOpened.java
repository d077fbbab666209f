package vn.reformtrack.unitindex;

import java.time.LocalDate;
import java.util.List;

/**
 * A round's explanation window has opened (once per round, on its first day or when the preliminary scores are
 * published inside it): the units' heads may contest named criteria until {@code explanationTo}.
 */
public record ExplanationWindowOpened(long roundId, int year, LocalDate explanationTo, List<Long> unitIds) {}
