package ru.mentoring.portal.nomination;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.mentorbank.Nominations;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Dates;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A nomination as the curator and the methodist read it, every code in Russian, people by name. */
record NominationRow(UUID id, String mentorName, String school, String target, String motivation, String status,
                     String statusClass, String reason, String createdAt, String account, boolean pending,
                     String nominatedBy, String decidedBy, String decidedAt) {

    static NominationRow of(Nominations.Nomination n, Schools schools, Map<UUID, String> projectNames) {
        String status = n.status() == null ? "" : n.status();
        String project = n.networkProjectId() == null ? null : projectNames.get(n.networkProjectId());
        return new NominationRow(n.id(), n.mentorName() == null || n.mentorName().isBlank() ? "—" : n.mentorName(),
                n.schoolName() != null && !n.schoolName().isBlank() ? n.schoolName() : schools.label(n.schoolId()),
                target(n.target(), project),
                n.motivation() == null ? "" : n.motivation(), status(status),
                switch (status) {
                    case "APPROVED" -> "accepted";
                    case "REJECTED" -> "declined";
                    default -> status.toLowerCase(Locale.ROOT);
                },
                n.reason() == null ? "" : n.reason(), Dates.moment(n.createdAt()),
                n.accountUsername() == null ? "" : n.accountUsername(), "PENDING".equals(status),
                person(n.nominatedByName(), n.nominatedBy()), person(n.decidedByName(), null),
                Dates.moment(n.decidedAt()));
    }

    /** A person by name; an old bank's answer has only the login, shown then rather than nothing. */
    private static String person(@Nullable String name, @Nullable String login) {
        return name != null && !name.isBlank() ? name : login == null ? "" : login;
    }

    static String status(String code) {
        return switch (code) {
            case "PENDING" -> "на рассмотрении";
            case "APPROVED" -> "одобрено";
            case "REJECTED" -> "отклонено";
            case "" -> "—";
            default -> code;
        };
    }

    /** «в муниципальный банк», «в сетевой проект «Читаем вместе»». */
    static String target(@Nullable String code, @Nullable String projectName) {
        if ("NETWORK".equals(code)) {
            return projectName == null ? "в сетевой проект" : "в сетевой проект «" + projectName + "»";
        }
        if ("MUNICIPAL".equals(code)) {
            return "в муниципальный банк";
        }
        return code == null ? "—" : code;
    }
}
