package vn.reformtrack.reporting;

import java.util.List;

/**
 * The consolidated report's page: the figures, and the text — as last saved, or a draft composed from the figures and
 * the units' narratives when nobody has saved one yet ({@code saved} false, {@code version} {@link #UNSAVED}).
 */
public record ConsolidatedView(PeriodSummary period, String provinceName, ConsolidatedFigures figures,
        ConsolidatedCommand text, boolean saved, long version, int revision, List<ConsolidatedRevision> revisions) {

    /** The version of a report nobody has saved yet (a saved one's are 0 and up). */
    public static final long UNSAVED = -1;
}
