package ru.mentoring.school.matching.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the per-mentee stages of a cohort (candidates, explanations) on every core the machine has (two
 * here and in the demo, hence the name): the calling thread and one helper per further core take blocks
 * of mentees from a shared counter until none is left. Blocks keep neighbouring mentees together (the
 * candidates stage orders alike mentees side by side so they read the same index groups), and the counter
 * balances blocks of unequal cost.
 *
 * <p>Each worker gets its own state from {@code workerState} (a {@link MenteeQuery} is not thread-safe),
 * and writes only the slots of the mentees it took; {@link #run} returns after every block is done, which
 * makes those writes visible to the caller. A helper still busy with another cohort when the caller has
 * taken the last block is not waited for.
 */
final class BothCores {

    /** Below this many mentees a handoff to another thread costs more than it saves (the candidates stage). */
    static final int MIN_PARALLEL = 48;

    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    private static final ExecutorService POOL = HELPERS == 0 ? null : Executors.newFixedThreadPool(HELPERS,
            Thread.ofPlatform().daemon().name("matching-", 1).factory());

    interface Worker<S> {
        void mentee(S state, int position);
    }

    private BothCores() {
    }

    /** Calls {@code worker} once for each position in [0, count), with one state per thread. */
    static <S> void run(int count, java.util.function.Supplier<S> workerState, Worker<S> worker) {
        run(count, MIN_PARALLEL, workerState, worker);
    }

    /** As above, on one thread below {@code minParallel} positions (a stage whose positions cost less). */
    static <S> void run(int count, int minParallel, java.util.function.Supplier<S> workerState, Worker<S> worker) {
        int threads = count < minParallel ? 1 : 1 + HELPERS;
        if (threads == 1) {
            S state = workerState.get();
            for (int i = 0; i < count; i++) {
                worker.mentee(state, i);
            }
            return;
        }
        int block = Math.max(8, count / (threads * 8));
        AtomicInteger next = new AtomicInteger();
        Runnable share = () -> {
            try {
                S state = workerState.get();
                for (int from = next.getAndAdd(block); from < count; from = next.getAndAdd(block)) {
                    int to = Math.min(count, from + block);
                    for (int i = from; i < to; i++) {
                        worker.mentee(state, i);
                    }
                }
            } catch (Throwable e) {
                next.set(count); // the other workers stop at their next block
                throw e;
            }
        };
        List<Future<?>> helpers = new ArrayList<>(HELPERS);
        List<AtomicBoolean> started = new ArrayList<>(HELPERS);
        for (int h = 0; h < HELPERS; h++) {
            AtomicBoolean start = new AtomicBoolean();
            started.add(start);
            helpers.add(POOL.submit(() -> {
                if (start.compareAndSet(false, true)) {
                    share.run();
                }
            }));
        }
        Throwable failure = null;
        try {
            share.run();
        } catch (Throwable e) {
            failure = e;
            next.set(count); // the helpers stop at their next block
        }
        for (int h = 0; h < HELPERS; h++) {
            if (started.get(h).compareAndSet(false, true)) {
                continue; // still queued behind another cohort: it will find nothing to do, and is not waited for
            }
            try {
                helpers.get(h).get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                next.set(count);
                throw new IllegalStateException("Matching was interrupted", e);
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = e.getCause();
                } else {
                    failure.addSuppressed(e.getCause());
                }
            }
        }
        if (failure instanceof RuntimeException r) {
            throw r;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        if (failure != null) {
            throw new IllegalStateException("Matching failed", failure);
        }
    }
}
