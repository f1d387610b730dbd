package ru.mentoring.school;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.support.tx.Transactions;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static ru.mentoring.support.testing.SchoolIsolation.assertVisibleOnlyTo;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * One test per school-scoped table: a row written as school 1 (through the API, as a curator of
 * school 1 would) is invisible to school 2 and to a connection bound to no school, through plain
 * jOOQ that does not filter by school at all. {@link RowLevelSecurityIT} fails when a school-scoped
 * table is missing from {@link #COVERED}.
 */
@MicronautTest(transactional = false)
class SchoolIsolationIT {

    static final Set<String> COVERED = Set.of("mentee");

    @Inject @Client("/") HttpClient http;
    @Inject DSLContext sql;
    @Inject Transactions tx;

    @Test
    void mentee() {
        Map<?, ?> created = http.toBlocking().retrieve(HttpRequest.POST("/api/mentees",
                        Map.of("fullName", "Изоляция " + UUID.randomUUID(), "kind", "PUPIL", "grade", "7Б"))
                .header("Authorization", bearer("curator1")), Map.class);
        assertVisibleOnlyTo("1", "2", sql, tx, "mentee", UUID.fromString((String) created.get("id")));
    }
}
