package ru.mentoring.school.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.util.UUID;

/**
 * A mentee's login: the Keycloak user made for them, the e-mail they sign in with and its account key
 * (what the service matches a token's e-mail against). A disabled login stays on record.
 */
@MappedEntity("mentee_account")
record MenteeAccount(
        @Id UUID menteeId,
        String schoolId,
        String accountKey,
        String email,
        String username,
        String userId,
        Instant createdAt,
        @Nullable Instant disabledAt) {

    boolean active() {
        return disabledAt == null;
    }

    MenteeAccount disabled(Instant at) {
        return new MenteeAccount(menteeId, schoolId, accountKey, email, username, userId, createdAt, at);
    }
}
