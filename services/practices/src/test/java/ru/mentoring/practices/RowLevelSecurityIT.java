package ru.mentoring.practices;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.support.testing.SchoolIsolation;

import java.sql.Connection;
import java.util.Map;

/**
 * ADR 0002 against the real catalogue: every table with a school column is school-scoped with forced
 * row-level security (or listed below with the reason it is not a school's data), and every
 * school-scoped table is written as one school and read as another in {@link SchoolIsolationIT}.
 */
@MicronautTest(transactional = false)
class RowLevelSecurityIT {

    static final Map<String, String> NOT_SCHOOL_DATA = Map.of(
            "practice_comment", "comments on published practices are public to every school by design; the "
                    + "column records the commenter's school to show beside the comment",
            "practice_use", "which schools use a published practice is public by design (shown on the practice "
                    + "page); only the link travels, never the plan task's content");

    @Inject ApplicationContext context;

    @Test
    void everyTableWithASchoolColumnIsScopedAndCovered() throws Exception {
        try (Connection owner = SchoolIsolation.ownerConnection(context)) {
            SchoolIsolation.assertEverySchoolTableIsScopedAndCovered(owner, NOT_SCHOOL_DATA, SchoolIsolationIT.COVERED);
        }
    }
}
