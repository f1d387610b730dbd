package ru.mentoring.school;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import ru.mentoring.support.testing.SchoolIsolation;
import ru.mentoring.support.tx.Transactions;

import java.sql.Connection;
import java.util.Map;
import java.util.Set;

/**
 * ADR 0002 against the real catalogue: every table with a school column is school-scoped with forced
 * row-level security (or listed below with the reason it is not a school's data), and every
 * school-scoped table is written as one school and read as another in {@link SchoolIsolationIT}.
 */
@MicronautTest(transactional = false)
class RowLevelSecurityIT {

    static final Map<String, String> NOT_SCHOOL_DATA = Map.of(
            "directory_mentor", "the replicated municipal mentor base: professional profiles every school may "
                    + "search; the home school and the audience are columns of it, visibility is applied per query");

    @Inject ApplicationContext context;

    @Test
    void everyTableWithASchoolColumnIsScopedAndCovered() throws Exception {
        try (Connection owner = SchoolIsolation.ownerConnection(context)) {
            SchoolIsolation.assertEverySchoolTableIsScopedAndCovered(owner, NOT_SCHOOL_DATA, SchoolIsolationIT.COVERED);
        }
    }
}
