package ru.mentoring.mentorbank.yearlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/** Only mentors approved into the municipal bank can be on a year's list. */
@Singleton
class MunicipalList {

    private final DSLContext sql;
    private final ObjectMapper json;

    MunicipalList(DSLContext sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Transactional(readOnly = true)
    YearList of(String year) {
        return new YearList(year, sql.fetch("""
                select m.id, m.full_name, m.kind, m.home_school_id, m.organisation, m.position, m.strengths
                from municipal_mentor_year y join mentor m on m.id = y.mentor_id
                where y.school_year = ? order by m.full_name""", year)
                .map(r -> new Entry(r.get(0, UUID.class), r.get(1, String.class), r.get(2, String.class),
                        r.get(3, String.class), r.get(4, String.class), r.get(5, String.class),
                        strengths(r.get(6, JSONB.class)))));
    }

    @Transactional
    void add(String year, UUID mentorId) {
        String visibility = sql.fetchOptional("select visibility from mentor where id = ?", mentorId)
                .map(r -> r.get(0, String.class))
                .orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (!MentorVisibility.MUNICIPAL.name().equals(visibility)) {
            throw new BusinessRuleException("В список муниципальных наставников входят только наставники, "
                    + "одобренные в муниципальный банк");
        }
        sql.execute("insert into municipal_mentor_year (school_year, mentor_id) values (?, ?) on conflict do nothing",
                year, mentorId);
    }

    @Transactional
    void remove(String year, UUID mentorId) {
        sql.execute("delete from municipal_mentor_year where school_year = ? and mentor_id = ?", year, mentorId);
    }

    private List<String> strengths(JSONB value) {
        try {
            return value == null ? List.of() : json.readValue(value.data(), Argument.listOf(String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    record YearList(String year, List<Entry> items) {
    }

    @Serdeable
    record Entry(UUID mentorId, String fullName, String kind, @Nullable String homeSchoolId,
                 @Nullable String organisation, @Nullable String position, List<String> strengths) {
    }
}
