package dev.tprog.nn;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A fixed number of threads that run independent jobs and hand back their results in the order
 * the jobs were given. Callers that split work into a fixed partition and combine the results in
 * that order get the same numbers with any number of threads. One thread runs jobs in the
 * caller's thread, with no pool at all.
 */
public final class Workers implements AutoCloseable {
    private final int threads;
    private final ExecutorService pool;

    public Workers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        this.threads = threads;
        this.pool = threads == 1 ? null : Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "tprog-worker");
            thread.setDaemon(true); // never keeps the JVM alive after a failed run
            return thread;
        });
    }

    /** The machine's processors: the default. */
    public static int available() {
        return Runtime.getRuntime().availableProcessors();
    }

    public int threads() {
        return threads;
    }

    /** Runs every job and returns their results in the jobs' order; a job's exception is rethrown unchecked. */
    public <T> List<T> map(List<Callable<T>> jobs) {
        List<T> results = new ArrayList<>(jobs.size());
        try {
            if (pool == null) {
                for (Callable<T> job : jobs) {
                    results.add(job.call());
                }
                return results;
            }
            for (Future<T> future : pool.invokeAll(jobs)) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw unchecked(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (Exception e) {
            throw unchecked(e);
        }
    }

    private static RuntimeException unchecked(Throwable cause) {
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
