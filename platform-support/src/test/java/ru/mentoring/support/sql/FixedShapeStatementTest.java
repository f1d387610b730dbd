package ru.mentoring.support.sql;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.jooq.impl.DSL.any;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.param;
import static ru.mentoring.support.jooq.Tables.OUTBOX;

class FixedShapeStatementTest {

    private final DSLContext dsl = DSL.using(SQLDialect.POSTGRES);

    @Test
    void rendersOnceWithAPlaceholderPerValueInTheDeclaredOrder() {
        var statement = FixedShapeStatement.of(dsl, dsl.update(OUTBOX)
                        .set(OUTBOX.LAST_ERROR, param("error", String.class))
                        .set(OUTBOX.ATTEMPTS, OUTBOX.ATTEMPTS.plus(inline(1)))
                        .where(OUTBOX.ID.eq(any(param("ids", UUID[].class)))),
                "error", "ids");

        assertThat(statement.sql()).isEqualTo("update \"outbox\" set \"last_error\" = ?, \"attempts\" = (\"outbox\".\"attempts\" + 1)"
                + " where \"outbox\".\"id\" = any (cast(? as uuid[]))");
    }

    /** Values are passed by position, so a declaration out of the statement's order would bind them crosswise. */
    @Test
    void refusesParametersDeclaredInAnotherOrderOrLeftOut() {
        var update = dsl.update(OUTBOX)
                .set(OUTBOX.LAST_ERROR, param("error", String.class))
                .where(OUTBOX.ID.eq(param("id", UUID.class)));

        assertThatThrownBy(() -> FixedShapeStatement.of(dsl, update, "id", "error")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FixedShapeStatement.of(dsl, update, "error")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FixedShapeStatement.of(dsl, dsl.update(OUTBOX).set(OUTBOX.LAST_ERROR, "literal"), "error"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
