package ru.mentoring.portal.network;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.Dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A network project as its pages show it: schools and mentors by name, dates as Russian documents write them. */
record ProjectView(UUID id, String name, String leadSchool, String goals, String period, List<String> members,
                   List<AgreementRow> agreements, List<PoolRow> pool, int agreementCount, int memberCount,
                   int poolCount) {

    record AgreementRow(String school, String number, String signedOn, String validity) {
    }

    record PoolRow(UUID mentorId, String fullName) {
    }

    static ProjectView of(NetworkProjects.Project p, Schools schools, Map<UUID, String> mentorNames) {
        List<AgreementRow> agreements = p.agreementList().stream()
                .map(a -> new AgreementRow(schools.label(a.schoolId()), a.number(), Dates.day(a.signedOn()),
                        period(a.validFrom(), a.validTo())))
                .toList();
        List<PoolRow> pool = p.pool().stream()
                .map(id -> new PoolRow(id, mentorNames.getOrDefault(id, MentorNames.unknown(id))))
                .toList();
        var indicators = p.indicators() == null
                ? new NetworkProjects.Indicators(agreements.size(), p.members().size(), pool.size()) : p.indicators();
        return new ProjectView(p.id(), p.name(), schools.label(p.leadSchoolId()),
                p.goals() == null || p.goals().isBlank() ? "Цели не указаны" : p.goals(),
                period(p.startsOn(), p.endsOn()), p.members().stream().map(schools::label).toList(), agreements, pool,
                indicators.agreements(), indicators.memberSchools(), indicators.poolMentors());
    }

    /** «01.09.2026 — 31.05.2027». */
    static String period(@Nullable LocalDate from, @Nullable LocalDate to) {
        return Dates.day(from) + " — " + Dates.day(to);
    }
}
