package vn.reformtrack.reporting;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Reads kept per key with the stamp they were made at ({@link ReportsStamp} and what else they depend on), given again
 * while the caller finds the same stamp, made again when it differs. The caller reads the stamp before calling, so a
 * read is never kept under a stamp newer than itself. All are forgotten when more than {@code most} keys are kept.
 */
final class KeptReads<K, S, V> {

    private record Kept<S, V>(S stamp, V value) {}

    private final int most;
    private final Map<K, Kept<S, V>> kept = new ConcurrentHashMap<>();

    KeptReads(int most) {
        this.most = most;
    }

    V get(K key, S stamp, Supplier<V> read) {
        Kept<S, V> previous = kept.get(key);
        if (previous != null && previous.stamp().equals(stamp)) {
            return previous.value();
        }
        V value = read.get();
        if (kept.size() >= most) {
            kept.clear();
        }
        kept.put(key, new Kept<>(stamp, value));
        return value;
    }
}
