package vn.reformtrack.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.reformtrack.shared.web.RenderedFragments.Rendering;
import vn.reformtrack.shared.web.RenderedFragments.Renderings;

/**
 * What one fragment keeps: one rendering per language and variables however many requests rendered it at once, at
 * most {@link RenderedFragments#KEPT} renderings and {@link RenderedFragments#KEPT_CHARACTERS} characters, the newest
 * always.
 */
class KeptRenderingsBoundsTest {

    private static final Locale VI = Locales.VIETNAMESE;

    /** Equal variables in new objects, as each request reads them. */
    private static Rendering rendering(int unit, int characters) {
        return new Rendering(VI, Map.of("unit", Integer.valueOf(unit), "rows", List.of("a", "b")),
                new String[] {"x".repeat(characters)});
    }

    @Test
    void anEqualRenderingIsKeptOnceAndTheKeptOneGiven() {
        Renderings renderings = new Renderings();
        Rendering first = renderings.keep(rendering(1, 10));

        Rendering again = renderings.keep(rendering(1, 10));

        assertThat(again).isSameAs(first);
        assertThat(renderings.size()).isEqualTo(1);
        assertThat(renderings.find(VI, Map.of("unit", 1, "rows", List.of("a", "b")))).isSameAs(first);
        assertThat(renderings.find(Locale.ENGLISH, Map.of("unit", 1, "rows", List.of("a", "b")))).isNull();
    }

    @Test
    void manyThreadsRenderingTheSameAtOnceKeepOne() throws Exception {
        Renderings renderings = new Renderings();
        int threads = 24;
        CyclicBarrier together = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Rendering>> given = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                given.add(pool.submit(() -> {
                    Rendering mine = rendering(7, 1_000);
                    together.await();
                    return renderings.keep(mine);
                }));
            }
            Rendering kept = given.get(0).get();
            for (Future<Rendering> each : given) {
                assertThat(each.get()).isSameAs(kept);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(renderings.size()).isEqualTo(1);
    }

    @Test
    void theOldestGoWhenTheCharactersWouldPassTheLimitTheNewestStays() {
        Renderings renderings = new Renderings();
        int quarter = RenderedFragments.KEPT_CHARACTERS / 4;
        for (int unit = 1; unit <= 4; unit++) {
            renderings.keep(rendering(unit, quarter));
        }
        assertThat(renderings.size()).isEqualTo(4);
        assertThat(renderings.characters()).isEqualTo(RenderedFragments.KEPT_CHARACTERS);

        renderings.keep(rendering(5, quarter));

        assertThat(renderings.size()).isEqualTo(4);
        assertThat(renderings.find(VI, rendering(1, 0).variables())).as("the oldest").isNull();
        assertThat(renderings.find(VI, rendering(5, 0).variables())).isNotNull();

        renderings.keep(rendering(6, RenderedFragments.KEPT_CHARACTERS * 2));

        assertThat(renderings.size()).as("a rendering larger than the limit is kept alone").isEqualTo(1);
        assertThat(renderings.find(VI, rendering(6, 0).variables())).isNotNull();
    }

    @Test
    void atMostKeptRenderingsOfSmallFragments() {
        Renderings renderings = new Renderings();
        for (int unit = 1; unit <= RenderedFragments.KEPT + 10; unit++) {
            renderings.keep(rendering(unit, 100));
        }

        assertThat(renderings.size()).isEqualTo(RenderedFragments.KEPT);
        assertThat(renderings.find(VI, rendering(10, 0).variables())).isNull();
        assertThat(renderings.find(VI, rendering(11, 0).variables())).isNotNull();
    }
}
