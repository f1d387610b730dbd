package ru.mentoring.portal.backend.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** Events as the events service answers them: every code comes with its Russian title. */
public final class Events {

    private Events() {
    }

    @Serdeable
    public record Event(UUID id, String title, String type, String typeTitle, String format, String formatTitle,
                        @Nullable String venue, Instant startsAt, Instant endsAt, int capacity, int registered,
                        int freePlaces, Instant opensAt, Instant closesAt, boolean municipal,
                        @Nullable String organiserSchoolId, @Nullable Instant createdAt) {
    }

    /** The registration window may be left out: it then opens now and closes when the event starts. */
    @Serdeable
    public record NewEvent(String title, String type, String format, @Nullable String venue, Instant startsAt,
                           Instant endsAt, Integer capacity, @Nullable Instant opensAt, @Nullable Instant closesAt) {
    }

    @Serdeable
    public record Registration(UUID id, UUID eventId, String status, String statusTitle, @Nullable String schoolId,
                               @Nullable Instant createdAt) {
    }
}
