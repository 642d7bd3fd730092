package org.speechkg.cli.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/** Runs a task over every item of a list on a fixed number of threads and times the whole run. */
final class Workers {
    /** Elapsed wall-clock time and the sum of what the task returned for each item. */
    record Timed(long nanos, long total, int items) {
        double seconds() {
            return nanos / 1e9;
        }

        /** {@code total} per second. */
        double rate() {
            return total / seconds();
        }

        /** Items per second. */
        double itemRate() {
            return items / seconds();
        }
    }

    private Workers() {}

    /** Applies {@code task} to each item on {@code threads} threads, items handed out in list order. */
    static <T> Timed run(List<T> items, int threads, ToLongFunction<T> task) {
        AtomicInteger next = new AtomicInteger();
        AtomicLong total = new AtomicLong();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
                total.addAndGet(task.applyAsLong(items.get(i)));
            }
        };
        long t0 = System.nanoTime();
        if (threads <= 1) {
            worker.run();
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    futures.add(pool.submit(worker));
                }
                for (Future<?> f : futures) {
                    f.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("a benchmark task failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return new Timed(System.nanoTime() - t0, total.get(), items.size());
    }
}
