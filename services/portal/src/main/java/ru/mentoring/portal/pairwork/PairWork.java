package ru.mentoring.portal.pairwork;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.school.MyPairs;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.backend.school.SchoolClient;

import java.util.Set;

/** Reads a pair's work for its page: the plan and the meeting log, once the pair has started. */
@Singleton
public class PairWork {

    // a pair waiting for its mentor or the bank, or one that never happened, has no work yet
    static final Set<String> STARTED = Set.of("ACTIVE", "COMPLETED", "TERMINATED");

    private final SchoolClient school;

    PairWork(SchoolClient school) {
        this.school = school;
    }

    /** The curator's view of one of the school's pairs; null before it started. */
    @Nullable
    public WorkView ofSchoolPair(Pairs.Pair pair) {
        if (!STARTED.contains(pair.status())) {
            return null;
        }
        return quietly(() -> WorkView.of(PairHeaders.of(pair), school.plan(pair.id()), school.meetings(pair.id()), pair));
    }

    /** A pair that started but whose work could not be read: its page says so and shows the rest. */
    public static boolean missing(String status, @Nullable WorkView work) {
        return STARTED.contains(status) && work == null;
    }

    /**
     * A mentor's or a mentee's view of their own pair, from the plan and the log the pair came with (asked for
     * only when it came without); null before it started.
     */
    @Nullable
    public WorkView ofOwnPair(MyPairs.Item item, PairHeader header) {
        if (!STARTED.contains(header.status())) {
            return null;
        }
        return quietly(() -> WorkView.of(header, item.plan() != null ? item.plan() : school.plan(header.id()),
                item.meetings() != null ? item.meetings() : school.meetings(header.id()), null));
    }

    /** The plan or the log not answering costs only that part of the page (a signed-out user signs in again). */
    @Nullable
    private static WorkView quietly(java.util.function.Supplier<WorkView> read) {
        try {
            return read.get();
        } catch (BackendException.Unauthorized expired) {
            throw expired;
        } catch (BackendException unavailable) {
            return null;
        }
    }
}
