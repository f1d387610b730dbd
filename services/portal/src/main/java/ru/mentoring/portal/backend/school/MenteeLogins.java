package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;

/** A mentee's own login, given by the curator: the e-mail it signs in with and whether it is on. */
public final class MenteeLogins {

    private MenteeLogins() {
    }

    @Serdeable
    public record Login(String email, @Nullable String username, boolean active, @Nullable Instant createdAt,
                        @Nullable Instant disabledAt) {
    }

    /** The body of {@code POST /api/mentees/{id}/login}. */
    @Serdeable
    public record Issue(@Nullable String email) {
    }
}
