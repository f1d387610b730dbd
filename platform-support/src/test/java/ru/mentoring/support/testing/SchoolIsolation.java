package ru.mentoring.support.testing;

import io.micronaut.context.ApplicationContext;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads the database catalogue as the schema owner and holds every service to ADR 0002: a table
 * with a school column has row-level security enabled and forced, or is listed with the reason it
 * is not school data; and every such table is covered by the service's isolation test. A table
 * added later without either fails the build.
 */
public final class SchoolIsolation {

    /** Column names that tie a row to a school. */
    private static final String SCHOOL_COLUMN = "^(school_id|.+_school_id|school_ids|.+_school_ids)$";

    private SchoolIsolation() {
    }

    /**
     * The row with this id, written as school {@code own}, is visible to that school alone: another
     * school and a connection bound to no school see nothing, whatever the query forgets to filter.
     */
    public static void assertVisibleOnlyTo(String own, String other, DSLContext sql, ru.mentoring.support.tx.Transactions tx,
                                           String table, Object id) {
        assertThat(countAs(ru.mentoring.support.tenancy.Tenant.school(own), sql, tx, table, id))
                .as(table + " row seen by its own school").isEqualTo(1);
        assertThat(countAs(ru.mentoring.support.tenancy.Tenant.school(other), sql, tx, table, id))
                .as(table + " row seen by another school").isZero();
        assertThat(countAs(ru.mentoring.support.tenancy.Tenant.NONE, sql, tx, table, id))
                .as(table + " row seen with no school bound").isZero();
    }

    public static int countAs(ru.mentoring.support.tenancy.Tenant tenant, DSLContext sql, ru.mentoring.support.tx.Transactions tx,
                              String table, Object id) {
        return countAs(tenant, sql, tx, table, Map.of("id", id));
    }

    /** For tables keyed otherwise than by {@code id}: the row is the one with these column values. */
    public static void assertVisibleOnlyTo(String own, String other, DSLContext sql, ru.mentoring.support.tx.Transactions tx,
                                           String table, Map<String, Object> key) {
        assertThat(countAs(ru.mentoring.support.tenancy.Tenant.school(own), sql, tx, table, key))
                .as(table + " row seen by its own school").isEqualTo(1);
        assertThat(countAs(ru.mentoring.support.tenancy.Tenant.school(other), sql, tx, table, key))
                .as(table + " row seen by another school").isZero();
        assertThat(countAs(ru.mentoring.support.tenancy.Tenant.NONE, sql, tx, table, key))
                .as(table + " row seen with no school bound").isZero();
    }

    public static int countAs(ru.mentoring.support.tenancy.Tenant tenant, DSLContext sql, ru.mentoring.support.tx.Transactions tx,
                              String table, Map<String, Object> key) {
        org.jooq.Condition row = DSL.noCondition();
        for (var column : key.entrySet()) {
            row = row.and(DSL.field(DSL.name(column.getKey())).eq(column.getValue()));
        }
        org.jooq.Condition identified = row;
        return ru.mentoring.support.tenancy.Tenancy.run(tenant, () -> tx.read(() ->
                sql.fetchCount(DSL.table(DSL.name(table)), identified)));
    }

    /** A connection as the owner that ran the migrations, from the test's Flyway configuration. */
    public static Connection ownerConnection(ApplicationContext context) throws SQLException {
        String prefix = "flyway.datasources.owner.";
        return DriverManager.getConnection(context.getRequiredProperty(prefix + "url", String.class),
                context.getRequiredProperty(prefix + "user", String.class),
                context.getRequiredProperty(prefix + "password", String.class));
    }

    public static Set<String> tablesWithSchoolColumn(Connection owner) {
        DSLContext sql = DSL.using(owner, SQLDialect.POSTGRES);
        return sql.fetch("""
                        select distinct c.table_name from information_schema.columns c
                        join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
                        where c.table_schema = 'public' and t.table_type = 'BASE TABLE' and c.column_name ~ ?""",
                        SCHOOL_COLUMN)
                .stream().map(r -> r.get(0, String.class)).collect(Collectors.toCollection(TreeSet::new));
    }

    public static Set<String> tablesWithForcedRowSecurity(Connection owner) {
        DSLContext sql = DSL.using(owner, SQLDialect.POSTGRES);
        return sql.fetch("""
                        select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity and c.relforcerowsecurity""")
                .stream().map(r -> r.get(0, String.class)).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * @param notSchoolData tables that carry a school column but are not a school's own data, each with
     *                      the reason (the same list ADR 0002 gives)
     * @param covered       the tables the service's isolation test writes as one school and reads as another
     */
    public static void assertEverySchoolTableIsScopedAndCovered(Connection owner, Map<String, String> notSchoolData,
                                                                Set<String> covered) {
        notSchoolData = new java.util.HashMap<>(notSchoolData);
        notSchoolData.putIfAbsent("outbox", "events on their way to Kafka: the school is the envelope's, copied to the "
                + "record's header; only the relay reads the table, and no pupil's data is ever in an event");
        Set<String> withSchool = tablesWithSchoolColumn(owner);
        Set<String> forced = tablesWithForcedRowSecurity(owner);
        Set<String> unprotected = new TreeSet<>(withSchool);
        unprotected.removeAll(forced);
        unprotected.removeAll(notSchoolData.keySet());
        assertThat(unprotected)
                .as("tables with a school column but without forced row-level security: enable and force it in a "
                        + "migration, or list the table with its reason in the isolation test and ADR 0002")
                .isEmpty();
        Set<String> uncovered = new TreeSet<>(forced);
        uncovered.removeAll(covered);
        assertThat(uncovered)
                .as("school-scoped tables the isolation test does not write as one school and read as another")
                .isEmpty();
        assertThat(notSchoolData.keySet()).as("tables listed as not school data must exist and carry a school column")
                .isSubsetOf(withSchool);
    }
}
