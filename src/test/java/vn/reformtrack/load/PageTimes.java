package vn.reformtrack.load;

import java.util.Arrays;

/**
 * One page's answers during its phase, as the simulation saw them: each response time and whether it was a 200, and
 * the span from the first request's start to the last answer, over which its rate is counted (Gatling's own report
 * divides by the whole run, and a page is asked for only in its phase).
 */
final class PageTimes {

    private long[] millis = new long[1024];
    private int ok;
    private long errors;
    private long firstStart = Long.MAX_VALUE;
    private long lastEnd = Long.MIN_VALUE;

    /** An answer that arrived at {@code endedAt} (epoch ms) after {@code responseMillis}; {@code status} 0 is none. */
    synchronized void record(int status, long responseMillis, long endedAt) {
        firstStart = Math.min(firstStart, endedAt - responseMillis);
        lastEnd = Math.max(lastEnd, endedAt);
        if (status != 200) {
            errors++;
            return;
        }
        if (ok == millis.length) {
            millis = Arrays.copyOf(millis, ok * 2);
        }
        millis[ok++] = responseMillis;
    }

    synchronized LoadReport.Row row(String page) {
        long[] sorted = Arrays.copyOf(millis, ok);
        Arrays.sort(sorted);
        double seconds = Math.max(lastEnd - firstStart, 1) / 1000.0;
        return new LoadReport.Row(page, ok / seconds, ok, errors, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99));
    }

    /** The nearest-rank percentile. */
    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
