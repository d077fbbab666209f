package vn.reformtrack.shared.db;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Reads kept per key with the stamp they were made at (reporting's {@code ReportsStamp}, the dashboards' slice versions),
 * given again while the caller finds the same stamp, made again when it differs. The caller reads the stamp before
 * calling, so a read is never kept under a stamp newer than itself; a stamp that is not {@code keepable} (read in a
 * transaction that has written when the stamp's numbers could be given again after a rollback, see reporting's
 * {@code ReportsStamp.Stamp#keepable()}) neither finds nor keeps anything. At most {@code most} keys are kept, the least
 * recently read forgotten first.
 */
public final class KeptReads<K, S, V> {

    private record Kept<S, V>(S stamp, V value) {}

    private final Map<K, Kept<S, V>> kept;

    public KeptReads(int most) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, Kept<S, V>> eldest) {
                return size() > most;
            }
        };
    }

    public V get(K key, S stamp, boolean keepable, Supplier<V> read) {
        if (!keepable) {
            return read.get();
        }
        Kept<S, V> previous;
        synchronized (kept) {
            previous = kept.get(key);
        }
        if (previous != null && previous.stamp().equals(stamp)) {
            return previous.value();
        }
        V value = read.get();
        synchronized (kept) {
            kept.put(key, new Kept<>(stamp, value));
        }
        return value;
    }

    /**
     * A stamp that is equal only to a stamp of the very same objects: for what is made from kept reads (a page's lines
     * from kept rows), made again when a read gives new objects, without comparing their contents.
     */
    public static Object sameObjects(Object... objects) {
        return new SameObjects(objects);
    }

    private record SameObjects(Object[] objects) {

        @Override
        public boolean equals(Object other) {
            if (!(other instanceof SameObjects same) || same.objects.length != objects.length) {
                return false;
            }
            for (int i = 0; i < objects.length; i++) {
                if (objects[i] != same.objects[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            int hash = 1;
            for (Object object : objects) {
                hash = 31 * hash + System.identityHashCode(object);
            }
            return hash;
        }

        @Override
        public String toString() {
            return "SameObjects" + objects.length;
        }
    }
}
