package org.speechkg.browse;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * A value derived from the store, recomputed on first use after the {@link StoreVersion} changed. Concurrent
 * callers wait for one computation; the version is read before computing, so a change during the computation
 * causes another one next time.
 *
 * @param <T> the derived value
 */
public final class Versioned<T> {
    private final LongSupplier version;
    private final Supplier<T> compute;
    private T value;
    private long builtAt;
    private boolean built;

    public Versioned(LongSupplier version, Supplier<T> compute) {
        this.version = version;
        this.compute = compute;
    }

    /** The value for the current store. */
    public synchronized T get() {
        long now = version.getAsLong();
        if (!built || now != builtAt) {
            value = compute.get();
            builtAt = now;
            built = true;
        }
        return value;
    }
}
