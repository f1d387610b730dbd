package ru.mentoring.events.series;

import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import ru.mentoring.events.event.CreateEventCommand;
import ru.mentoring.events.jooq.tables.records.EventSeriesRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static ru.mentoring.events.jooq.Tables.EVENT_SERIES;
import static ru.mentoring.events.jooq.Tables.SERIES_HISTORY;

@Singleton
class SeriesQueries {

    private final DSLContext sql;
    private final ObjectMapper json;

    SeriesQueries(DSLContext sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Transactional(readOnly = true)
    Optional<Series> find(UUID id) {
        return sql.selectFrom(EVENT_SERIES).where(EVENT_SERIES.ID.eq(id)).fetchOptional(this::toSeries);
    }

    @Transactional(readOnly = true)
    List<Series> all() {
        return sql.selectFrom(EVENT_SERIES).orderBy(EVENT_SERIES.MONTH, EVENT_SERIES.TITLE).fetch(this::toSeries);
    }

    @Transactional(readOnly = true)
    List<YearFigures> history(UUID seriesId) {
        return sql.selectFrom(SERIES_HISTORY).where(SERIES_HISTORY.SERIES_ID.eq(seriesId)).orderBy(SERIES_HISTORY.YEAR)
                .fetch(r -> new YearFigures(r.getYear(), null, r.getParticipants(), r.getSchools(), true));
    }

    private Series toSeries(EventSeriesRecord r) {
        try {
            var recurrence = new Recurrence(Recurrence.Rule.valueOf(r.getRule()), r.getMonth(), r.getDay(),
                    r.getWeekday() == null ? null : DayOfWeek.valueOf(r.getWeekday()), r.getOrdinal());
            return new Series(r.getId(), r.getTitle(), recurrence,
                    json.readValue(r.getTemplate().data(), CreateEventCommand.class), r.getFirstYear(), r.getCreatedBy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
