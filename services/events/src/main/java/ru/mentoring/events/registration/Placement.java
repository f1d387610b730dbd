package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.events.event.Event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides a batch of applications to one event, in arrival order, against the event as it stands
 * under its lock: a free place (within the school's cap) registers, a full event waitlists, an event
 * with approval holds the application for the organiser; a second live application of the same
 * participant and a school over its cap are refused. No I/O: the caller reads and writes.
 */
final class Placement {

    record Decision(@Nullable Status status, @Nullable String refusal, boolean conflict) {
        static Decision placed(Status status) {
            return new Decision(status, null, false);
        }

        static Decision refused(String reason) {
            return new Decision(null, reason, false);
        }

        static Decision duplicate(String reason) {
            return new Decision(null, reason, true);
        }
    }

    private final Event event;
    private final Map<String, Integer> schoolTaken;
    private final Set<String> liveKeys;
    private int free;

    Placement(Event event, Map<String, Integer> schoolTaken, Set<String> liveKeys) {
        this.event = event;
        this.schoolTaken = new HashMap<>(schoolTaken);
        this.liveKeys = new HashSet<>(liveKeys);
        this.free = event.freePlaces();
    }

    Decision decide(Applicant a) {
        if (!liveKeys.add(a.participantKey())) {
            return Decision.duplicate(switch (a.mode()) {
                case SELF -> "Вы уже подали заявку на это мероприятие";
                case STAFF -> "Этот сотрудник уже зарегистрирован на мероприятие";
                case TEAM -> "Команда с таким названием от вашей школы уже подала заявку";
            });
        }
        Integer cap = event.capFor(a.schoolId());
        int held = a.schoolId() == null ? 0 : schoolTaken.getOrDefault(a.schoolId(), 0);
        if (cap != null && held >= cap) {
            liveKeys.remove(a.participantKey());
            return Decision.refused("Места для вашей школы закончились: организатор выделил школе " + cap + " "
                    + places(cap));
        }
        if (event.requiresApproval()) {
            return Decision.placed(Status.PENDING);
        }
        return take(a.schoolId()) ? Decision.placed(Status.REGISTERED) : Decision.placed(Status.WAITLISTED);
    }

    /** Takes a place for this school if one is free within its cap (an approval uses it too). */
    boolean take(@Nullable String schoolId) {
        Integer cap = event.capFor(schoolId);
        int held = schoolId == null ? 0 : schoolTaken.getOrDefault(schoolId, 0);
        if (free <= 0 || (cap != null && held >= cap)) {
            return false;
        }
        free--;
        if (schoolId != null) {
            schoolTaken.merge(schoolId, 1, Integer::sum);
        }
        return true;
    }

    /**
     * The waiting list's promotions when places are free: first come, first served, skipping anyone
     * whose school is at its cap (they keep their turn for when a place of their school frees up).
     */
    List<Registration> promotions(List<Registration> waiting) {
        List<Registration> promoted = new ArrayList<>();
        for (Registration r : waiting) {
            if (free <= 0) {
                break;
            }
            if (take(r.schoolId())) {
                promoted.add(r);
            }
        }
        return promoted;
    }

    static String places(int n) {
        int mod100 = n % 100;
        int mod10 = n % 10;
        if (mod100 >= 11 && mod100 <= 14) {
            return "мест";
        }
        return mod10 == 1 ? "место" : mod10 >= 2 && mod10 <= 4 ? "места" : "мест";
    }
}
