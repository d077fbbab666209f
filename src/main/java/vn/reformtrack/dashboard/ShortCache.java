package vn.reformtrack.dashboard;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Province-wide figures that every leader's page asks for and that cost a scan of every task (which units owe which
 * report), kept for a short while: under load sixteen people opening the league table or the home page then share one
 * aggregate instead of each running it. Reporting's events clear it, so a submission or a review shows at once; other
 * changes (a task finished, a unit added) show within {@link #TTL}.
 */
final class ShortCache<K, V> {

    static final Duration TTL = Duration.ofSeconds(30);

    private record Entry<V>(V value, long expiresAt) {}

    private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

    V get(K key, Supplier<V> compute) {
        long now = System.nanoTime();
        Entry<V> entry = entries.get(key);
        if (entry != null && entry.expiresAt() - now > 0) {
            return entry.value();
        }
        V value = compute.get();
        if (entries.size() > 200) {
            entries.clear();
        }
        entries.put(key, new Entry<>(value, now + TTL.toNanos()));
        return value;
    }

    void clear() {
        entries.clear();
    }
}
