package ru.mentoring.events.series;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSONB;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

import static ru.mentoring.events.jooq.Tables.EVENT_SERIES;
import static ru.mentoring.events.jooq.Tables.SERIES_HISTORY;

@Singleton
class SeriesRepository {

    private final DSLContext sql;
    private final ObjectMapper json;

    SeriesRepository(DSLContext sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(Series s) {
        Recurrence r = s.recurrence();
        try {
            sql.insertInto(EVENT_SERIES)
                    .set(EVENT_SERIES.ID, s.id())
                    .set(EVENT_SERIES.TITLE, s.title())
                    .set(EVENT_SERIES.RULE, r.rule().name())
                    .set(EVENT_SERIES.MONTH, r.month())
                    .set(EVENT_SERIES.DAY, r.day())
                    .set(EVENT_SERIES.WEEKDAY, r.weekday() == null ? null : r.weekday().name())
                    .set(EVENT_SERIES.ORDINAL, r.ordinal())
                    .set(EVENT_SERIES.TEMPLATE, JSONB.valueOf(json.writeValueAsString(s.template())))
                    .set(EVENT_SERIES.FIRST_YEAR, s.firstYear())
                    .set(EVENT_SERIES.CREATED_BY, s.createdBy())
                    .execute();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void putHistory(UUID seriesId, int year, int participants, Integer schools) {
        sql.insertInto(SERIES_HISTORY)
                .set(SERIES_HISTORY.SERIES_ID, seriesId)
                .set(SERIES_HISTORY.YEAR, year)
                .set(SERIES_HISTORY.PARTICIPANTS, participants)
                .set(SERIES_HISTORY.SCHOOLS, schools)
                .onConflict(SERIES_HISTORY.SERIES_ID, SERIES_HISTORY.YEAR)
                .doUpdate().set(SERIES_HISTORY.PARTICIPANTS, participants).set(SERIES_HISTORY.SCHOOLS, schools)
                .execute();
    }
}
