package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.Set;

/** Builds the event's card from what the events service answered. */
final class EventPages {

    private static final Set<String> LIVE = Set.of("PENDING", "REGISTERED", "WAITLISTED");

    private EventPages() {
    }

    static EventPage card(Events.Event e, @Nullable Events.Registration mine, List<DirectoryEntry> staff, ApplyForm form,
                          FormErrors errors, Schools schools, java.time.Instant now) {
        EventPage.Mine own = mine == null || !LIVE.contains(mine.status()) ? null
                : new EventPage.Mine(mine.statusTitle(), mine.participantName(),
                "REGISTERED".equals(mine.status()) ? mine.checkInCode() : null, e.registrationOpen() || "WAITLISTED".equals(mine.status()),
                mine.attendedAt() != null, mine.waitingPosition());
        List<EventPage.Question> questions = e.questions().stream().map(q -> new EventPage.Question("q_" + q.code(), q.label(),
                q.type(), q.required(), options(q, form.answer(q.code())), form.answer(q.code()))).toList();
        List<Option> staffOptions = Option.of(staff, m -> m.id().toString(), DirectoryEntry::fullName,
                m -> m.id().toString().equals(form.mentorId()));
        return new EventPage(e.id().toString(), e.title(), e.kindTitle(), EventLabels.when(e), EventLabels.where(e),
                e.onlineUrl(), EventLabels.organiser(e, schools), e.description(), EventLabels.places(e), EventLabels.window(e),
                e.rules() == null ? List.of() : e.rules(), own, e.registrationOpen() && own == null, e.teams(), questions,
                staffOptions, form, errors, e.manageable(), e.seriesId() == null ? null : "/events/series/" + e.seriesId(),
                e.cancelled() ? e.cancelReason() : null, e.manageable() && !e.cancelled() && e.startsAt().isAfter(now));
    }

    private static List<Option> options(Events.Field q, String chosen) {
        List<String> values = "YES_NO".equals(q.type()) ? List.of("да", "нет") : q.options() == null ? List.of() : q.options();
        return values.stream().map(v -> new Option(v, v, v.equals(chosen))).toList();
    }
}
