package vn.reformtrack.reporting;

import vn.reformtrack.planning.ProgressRecording;

/** Where an accepted report's entries go: planning's task progress (see {@code TaskProgressRecorder}). */
@FunctionalInterface
interface ProgressSink {

    ProgressRecording record(ReportEntry entry, long unitId);
}
