package ru.mentoring.events.testing;

import ru.mentoring.events.event.Audience;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventFormat;
import ru.mentoring.events.event.EventKind;
import ru.mentoring.events.event.Organiser;
import ru.mentoring.events.event.Participation;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Events in the shapes the rules care about, built by hand; "now" is the caller's. */
public final class EventMother {

    private EventMother() {
    }

    /** A municipal seminar a week after {@code now}, registration open since yesterday. */
    public static Event seminar(Instant now, int capacity) {
        return new Event(UUID.randomUUID(), null, "Семинар", null, EventKind.SEMINAR, Organiser.MUNICIPALITY, null, null,
                null, List.of(), EventFormat.IN_PERSON, "ИМЦ", null, now.plus(Duration.ofDays(7)),
                now.plus(Duration.ofDays(7)).plus(Duration.ofHours(2)), capacity, 0, 0, now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(6)), false, null, Map.of(), EnumSet.noneOf(Audience.class),
                Participation.INDIVIDUAL, null, null, null, null, null, null, List.of(), "methodist", null);
    }

    public static Event with(Event e, Set<Audience> audience, Integer experienceMax) {
        return new Event(e.id(), e.seriesId(), e.title(), e.description(), e.kind(), e.organiser(), e.organiserSchoolId(),
                e.networkProjectId(), e.networkProjectName(), e.memberSchoolIds(), e.format(), e.venue(), e.onlineUrl(),
                e.startsAt(), e.endsAt(), e.capacity(), e.taken(), e.waiting(), e.opensAt(), e.closesAt(), e.requiresApproval(),
                e.schoolCap(), e.schoolCaps(), audience, e.participation(), e.teamMin(), e.teamMax(), e.gradeMin(),
                e.gradeMax(), e.experienceMin(), experienceMax, e.fields(), e.createdBy(), null);
    }

    /** A festival of pupils' projects for teams of 3–5 of grades 5–11. */
    public static Event festival(Instant now) {
        Event e = seminar(now, 10);
        return new Event(e.id(), null, "Фестиваль проектов", null, EventKind.PROJECT_FESTIVAL, Organiser.MUNICIPALITY, null,
                null, null, List.of(), e.format(), e.venue(), null, e.startsAt(), e.endsAt(), 10, 0, 0, e.opensAt(), e.closesAt(),
                false, null, Map.of(), EnumSet.of(Audience.PUPIL_TEAM), Participation.TEAM, 3, 5, 5, 11, null, null,
                List.of(), "methodist", null);
    }

    public static Event capped(Instant now, int capacity, int everySchool, int taken) {
        Event e = seminar(now, capacity);
        return new Event(e.id(), null, e.title(), null, e.kind(), e.organiser(), null, null, null, List.of(), e.format(),
                e.venue(), null, e.startsAt(), e.endsAt(), capacity, taken, 0, e.opensAt(), e.closesAt(), false, everySchool,
                Map.of(), e.audience(), e.participation(), null, null, null, null, null, null, List.of(), "methodist", null);
    }
}
