package vn.reformtrack.support;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import vn.reformtrack.shared.web.RenderedFragments;

/** How often a fragment was rendered or given again from {@link RenderedFragments} (its meter), for tests to compare. */
public final class KeptRenderings {

    private KeptRenderings() {}

    /** Views of {@code fragment} ("template :: fragment") {@code rendered} anew (true) or given again (false). */
    public static double count(MeterRegistry meters, String fragment, boolean rendered) {
        Counter counter = meters.find(RenderedFragments.METRIC).tag("fragment", fragment)
                .tag("rendered", Boolean.toString(rendered)).counter();
        return counter == null ? 0 : counter.count();
    }
}
