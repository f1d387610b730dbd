package ru.mentoring.school.matching.engine;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class BothCoresTest {

    @Test
    void everyMenteeIsHandledOnceWithTheStateOfTheThreadHandlingIt() {
        int count = 10_000;
        AtomicIntegerArray visits = new AtomicIntegerArray(count);
        Set<Thread> owners = ConcurrentHashMap.newKeySet();
        BothCores.run(count, Thread::currentThread, (owner, i) -> {
            assertThat(owner).isSameAs(Thread.currentThread());
            owners.add(owner);
            visits.incrementAndGet(i);
        });
        for (int i = 0; i < count; i++) {
            assertThat(visits.get(i)).as("visits of %d", i).isEqualTo(1);
        }
        assertThat(owners).isNotEmpty();
    }

    @Test
    void aLargeCohortIsWorkedOnByTwoThreadsAtOnce() {
        assumeTrue(Runtime.getRuntime().availableProcessors() > 1, "one core: nothing to share the work with");
        CountDownLatch bothIn = new CountDownLatch(2);
        Set<Thread> workers = ConcurrentHashMap.newKeySet();
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> BothCores.run(1_000, Thread::currentThread, (owner, i) -> {
            if (workers.add(owner)) {
                // each thread's first mentee waits for the other thread's: only two threads at once get past it
                bothIn.countDown();
                try {
                    bothIn.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }));
        assertThat(workers).hasSize(2);
    }

    @Test
    void aSmallCohortStaysOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        BothCores.run(BothCores.MIN_PARALLEL - 1, Thread::currentThread,
                (owner, i) -> assertThat(owner).isSameAs(caller));
    }

    @Test
    void aFailureStopsTheOtherWorkersAtTheirNextBlock() {
        AtomicInteger handled = new AtomicInteger();
        assertThatThrownBy(() -> BothCores.run(100_000, () -> null, (state, i) -> {
            handled.incrementAndGet();
            if (i == 0) {
                throw new IllegalStateException("first mentee");
            }
        })).hasMessage("first mentee");
        assertThat(handled.get()).isLessThan(100_000);
    }

    @Test
    void aFailureReachesTheCaller() {
        assertThatThrownBy(() -> BothCores.run(1_000, () -> null, (state, i) -> {
            if (i == 777) {
                throw new IllegalArgumentException("mentee 777");
            }
        })).isInstanceOf(IllegalArgumentException.class).hasMessage("mentee 777");
    }

    @Test
    void aCohortDoesNotWaitForHelpersBusyWithAnother() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        Thread other = Thread.ofPlatform().start(() -> BothCores.run(1_000, () -> null, (state, i) -> {
            blocked.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
        blocked.await();
        try {
            AtomicIntegerArray visits = new AtomicIntegerArray(500);
            assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> BothCores.run(500, () -> null, (state, i) -> visits.incrementAndGet(i)));
            for (int i = 0; i < 500; i++) {
                assertThat(visits.get(i)).isEqualTo(1);
            }
        } finally {
            release.countDown();
            other.join();
        }
    }
}
