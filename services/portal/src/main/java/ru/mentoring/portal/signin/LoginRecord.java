package ru.mentoring.portal.signin;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** One successful sign-in: who (Keycloak subject and login), from which school, with which roles, when. */
@MappedEntity("login_journal")
record LoginRecord(
        @Id @GeneratedValue @Nullable Long id,
        String subject,
        String username,
        @Nullable String schoolId,
        String roles,
        Instant loggedInAt) {
}
