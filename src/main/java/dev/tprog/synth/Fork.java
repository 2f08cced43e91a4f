package dev.tprog.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Runs independent pieces of the search on the worker threads with results that do not depend
 * on the number of threads: {@link #map} keeps the input order, {@link #first} takes the first
 * result in item order and runs items in rounds of a fixed size, so the work done (and
 * counted) is the same for one thread or many. A piece that forks again runs its items on its
 * own thread, one after another.
 */
final class Fork implements AutoCloseable {
    /** Items per round of {@link #first}: independent of the thread count, so the work done is too. */
    static final int ROUND = 16;

    private static final ThreadLocal<Boolean> INSIDE = ThreadLocal.withInitial(() -> false);

    private final int threads;
    private final ExecutorService pool;

    Fork(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tprog-synth");
            thread.setDaemon(true);
            return thread;
        });
    }

    int threads() {
        return threads;
    }

    /** {@code f} of every item, in item order. */
    <T, R> List<R> map(List<T> items, Function<T, R> f) {
        if (INSIDE.get()) {
            return items.stream().map(f).toList();
        }
        if (threads == 1) {
            return call(inside(() -> items.stream().map(f).toList()));
        }
        int slices = Math.min(items.size(), 4 * threads);
        List<Callable<List<R>>> work = new ArrayList<>(slices);
        for (int k = 0; k < slices; k++) {
            List<T> slice = items.subList(k * items.size() / slices, (k + 1) * items.size() / slices);
            work.add(inside(() -> slice.stream().map(f).toList()));
        }
        List<R> out = new ArrayList<>(items.size());
        for (List<R> part : invokeAll(work)) {
            out.addAll(part);
        }
        return out;
    }

    /**
     * The first non-null result in item order, or null. Items run in rounds of {@link #ROUND};
     * a round runs whole even after one of its items has found something.
     */
    <R> R first(List<? extends Supplier<R>> items) {
        if (INSIDE.get()) {
            for (Supplier<R> item : items) {
                R result = item.get();
                if (result != null) {
                    return result;
                }
            }
            return null;
        }
        for (int from = 0; from < items.size(); from += ROUND) {
            List<? extends Supplier<R>> round = items.subList(from, Math.min(items.size(), from + ROUND));
            List<Callable<R>> work = round.stream().map(item -> inside(item::get)).toList();
            List<R> results = threads == 1 ? work.stream().map(Fork::call).toList() : invokeAll(work);
            for (R result : results) {
                if (result != null) {
                    return result;
                }
            }
        }
        return null;
    }

    private static <R> Callable<R> inside(Callable<R> body) {
        return () -> {
            boolean outer = INSIDE.get();
            INSIDE.set(true);
            try {
                return body.call();
            } finally {
                INSIDE.set(outer);
            }
        };
    }

    private static <R> R call(Callable<R> callable) {
        try {
            return callable.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private <R> List<R> invokeAll(List<Callable<R>> work) {
        List<R> out = new ArrayList<>(work.size());
        try {
            for (Future<R> future : pool.invokeAll(work)) {
                out.add(future.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("synthesis interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("synthesis failed: " + e.getCause(), e.getCause());
        }
        return out;
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
