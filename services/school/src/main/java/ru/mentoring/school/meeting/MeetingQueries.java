package ru.mentoring.school.meeting;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.max;
import static ru.mentoring.school.jooq.Tables.MEETING;
import static ru.mentoring.school.jooq.Tables.MEETING_FILE;

/** Meeting logs in figures for boards and lists, and the files of a pair without their content. */
@Singleton
class MeetingQueries {

    private final DSLContext sql;

    MeetingQueries(DSLContext sql) {
        this.sql = sql;
    }

    @Transactional(readOnly = true)
    Map<UUID, MeetingSummary> summaries(String schoolId, Collection<UUID> pairIds) {
        if (pairIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, MeetingSummary> found = new HashMap<>();
        sql.select(MEETING.PAIR_ID, count(), max(MEETING.HELD_ON), count().filterWhere(MEETING.CONFIRMED_ON.isNull()))
                .from(MEETING).where(MEETING.SCHOOL_ID.eq(schoolId), MEETING.PAIR_ID.in(pairIds)).groupBy(MEETING.PAIR_ID)
                .forEach(r -> found.put(r.value1(), new MeetingSummary(r.value2(), r.value3(), r.value4())));
        return found;
    }

    record FileInfo(UUID id, UUID meetingId, String name, int size, String contentType) {
    }

    @Transactional(readOnly = true)
    List<FileInfo> files(String schoolId, UUID pairId) {
        var f = MEETING_FILE;
        return sql.select(f.ID, f.MEETING_ID, f.NAME, f.SIZE, f.CONTENT_TYPE).from(f)
                .where(f.SCHOOL_ID.eq(schoolId), f.PAIR_ID.eq(pairId)).orderBy(f.CREATED_AT)
                .fetch(r -> new FileInfo(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
