package ru.mentoring.mentorbank;

import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import ru.mentoring.support.testing.SchoolIsolation;

import java.sql.Connection;
import java.util.Map;

/**
 * ADR 0002 against the real catalogue: every table with a school column is school-scoped with forced
 * row-level security (or listed below with the reason it is not a school's own data), and every
 * school-scoped table is written as one school and read as another in {@link SchoolIsolationIT}.
 */
@MicronautTest(transactional = false)
class RowLevelSecurityIT {

    static final Map<String, String> NOT_SCHOOL_DATA = Map.of(
            "mentor", "the municipal mentor bank: the methodist keeps every profile; the home school is an attribute "
                    + "of the mentor, and who sees a mentor is the visibility the methodist approved (ADR 0007)",
            "network_project", "a municipal project the methodist runs; the lead school is one of its attributes",
            "network_agreement", "agreements between the municipality's project and a school, kept by the methodist");

    @Inject ApplicationContext context;

    @Test
    void everyTableWithASchoolColumnIsScopedAndCovered() throws Exception {
        try (Connection owner = SchoolIsolation.ownerConnection(context)) {
            SchoolIsolation.assertEverySchoolTableIsScopedAndCovered(owner, NOT_SCHOOL_DATA, SchoolIsolationIT.COVERED);
        }
    }
}
