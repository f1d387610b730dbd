package ru.mentoring.practices;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.tx.Transactions;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.support.testing.SchoolIsolation.assertVisibleOnlyTo;
import static ru.mentoring.support.testing.SchoolIsolation.countAs;

/**
 * One test per school-scoped table: a row written as school 1 is invisible to school 2 and to a
 * connection bound to no school, through plain jOOQ that does not filter by school at all.
 * {@link RowLevelSecurityIT} fails when a school-scoped table is missing from {@link #COVERED}.
 */
@MicronautTest(transactional = false)
class SchoolIsolationIT {

    static final Set<String> COVERED = Set.of("practice", "practice_version", "practice_file", "practice_consent",
            "review_sheet");

    @Inject @Client("/") HttpClient http;
    @Inject DSLContext sql;
    @Inject Transactions tx;

    @Test
    void practiceDraft() {
        String id = draft();
        assertVisibleOnlyTo("1", "2", sql, tx, "practice", UUID.fromString(id));
    }

    @Test
    void practiceVersionOfADraft() {
        assertVisibleOnlyTo("1", "2", sql, tx, "practice_version", versionOf(draft()));
    }

    @Test
    void fileOfADraft() {
        String id = draft();
        Map<String, Object> file = new LibraryApi(http).upload("curator1", id, "план.txt",
                "План работы наставника на год".getBytes(StandardCharsets.UTF_8));
        assertVisibleOnlyTo("1", "2", sql, tx, "practice_file", UUID.fromString((String) file.get("id")));
    }

    @Test
    void consent() {
        UUID id = UUID.randomUUID();
        Tenancy.runVoid(Tenant.school("1"), () -> tx.write(() -> {
            sql.insertInto(DSL.table(DSL.name("practice_consent")))
                    .set(DSL.field(DSL.name("id")), id)
                    .set(DSL.field(DSL.name("school_id")), "1")
                    .set(DSL.field(DSL.name("consent_ref")), "isolation-" + id)
                    .set(DSL.field(DSL.name("status")), "ON_RECORD")
                    .set(DSL.field(DSL.name("changed_at")), OffsetDateTime.now())
                    .execute();
        }));
        assertVisibleOnlyTo("1", "2", sql, tx, "practice_consent", id);
    }

    /** Scoring sheets are the municipal side's only: not even the practice's own school reads them. */
    @Test
    void reviewSheetIsMunicipalOnly() {
        String practice = draft();
        UUID version = versionOf(practice);
        UUID id = UUID.randomUUID();
        Tenant municipal = new Tenant("", Tenant.Scope.MUNICIPAL, "");
        Tenancy.runVoid(municipal, () -> tx.write(() -> {
            sql.insertInto(DSL.table(DSL.name("review_sheet")))
                    .set(DSL.field(DSL.name("id")), id)
                    .set(DSL.field(DSL.name("version_id")), version)
                    .set(DSL.field(DSL.name("practice_id")), UUID.fromString(practice))
                    .set(DSL.field(DSL.name("expert")), "expert1")
                    .set(DSL.field(DSL.name("expert_name")), "Морозова Татьяна")
                    .set(DSL.field(DSL.name("updated_at")), OffsetDateTime.now())
                    .execute();
        }));
        assertThat(countAs(municipal, sql, tx, "review_sheet", id)).isEqualTo(1);
        assertThat(countAs(Tenant.school("1"), sql, tx, "review_sheet", id)).isZero();
        assertThat(countAs(Tenant.NONE, sql, tx, "review_sheet", id)).isZero();
    }

    private String draft() {
        Map<String, Object> body = LibraryApi.practice("Изоляция черновика", LibraryApi.marker());
        body.put("draft", true);
        return (String) new LibraryApi(http).create("curator1", body).get("id");
    }

    private UUID versionOf(String practiceId) {
        return Tenancy.run(Tenant.SYSTEM, () -> tx.read(() -> sql.select(DSL.field(DSL.name("id"), UUID.class))
                .from(DSL.table(DSL.name("practice_version")))
                .where(DSL.field(DSL.name("practice_id")).eq(UUID.fromString(practiceId)))
                .fetchOne(DSL.field(DSL.name("id"), UUID.class))));
    }
}
