package ru.mentoring.portal.signin;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.support.tenancy.Caller;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The login journal in the real {@code portal_test} database, written as the portal's non-owner role. */
@MicronautTest(transactional = false)
class LoginJournalIT {

    @Inject LoginJournal journal;
    @Inject LoginJournalRepository repository;

    @Test
    void recordsWhoSignedInFromWhichSchoolWithWhichRoles() {
        String subject = UUID.randomUUID().toString();

        journal.record(caller(subject, "curator1", List.of("curator", "offline_access"), Map.of("school_id", "1")));
        journal.record(caller(subject, "curator1", List.of("curator"), Map.of("school_id", "1")));

        var entries = repository.findBySubjectOrderByLoggedInAtDesc(subject);
        assertThat(entries).hasSize(2);
        LoginRecord oldest = entries.get(1);
        assertThat(oldest.id()).isNotNull();
        assertThat(oldest.username()).isEqualTo("curator1");
        assertThat(oldest.schoolId()).isEqualTo("1");
        assertThat(oldest.roles()).isEqualTo("curator,offline_access");
        assertThat(oldest.loggedInAt()).isBetween(Instant.now().minus(Duration.ofMinutes(1)), Instant.now().plusSeconds(5));
        assertThat(entries.get(0).loggedInAt()).isAfterOrEqualTo(oldest.loggedInAt());
    }

    @Test
    void aMethodistWithoutSchoolIsRecordedToo() {
        String subject = UUID.randomUUID().toString();

        journal.record(caller(subject, "methodist", List.of("methodist"), Map.of()));

        assertThat(repository.findBySubjectOrderByLoggedInAtDesc(subject))
                .singleElement()
                .satisfies(entry -> assertThat(entry.schoolId()).isNull());
    }

    /** The caller exactly as a sign-in builds it, from the authentication Keycloak's claims produced. */
    private static Caller caller(String subject, String username, List<String> roles, Map<String, Object> claims) {
        Map<String, Object> attributes = new HashMap<>(claims);
        attributes.put("preferred_username", username);
        return Caller.of(Authentication.build(subject, roles, attributes));
    }
}
