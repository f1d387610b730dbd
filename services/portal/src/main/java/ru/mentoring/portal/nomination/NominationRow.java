package ru.mentoring.portal.nomination;

import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.Dates;

import java.util.Locale;
import java.util.Map;

/** A nomination as the curator and the methodist read it, every code in Russian. */
record NominationRow(String id, String mentorName, String school, String target, String motivation, String status,
                     String statusClass, String reason, String createdAt, String account, boolean pending) {

    static NominationRow of(Nominations.Nomination n, Catalogues.Schools schools, Map<String, String> projectNames) {
        String status = n.status() == null ? "" : n.status();
        return new NominationRow(n.id(), n.mentorName() == null || n.mentorName().isBlank() ? "—" : n.mentorName(),
                schools.label(n.schoolId()), target(n.target(), projectNames.get(n.networkProjectId())),
                n.motivation() == null ? "" : n.motivation(), status(status),
                switch (status) {
                    case "APPROVED" -> "accepted";
                    case "REJECTED" -> "declined";
                    default -> status.toLowerCase(Locale.ROOT);
                },
                n.reason() == null ? "" : n.reason(), Dates.moment(n.createdAt()),
                n.accountUsername() == null ? "" : n.accountUsername(), "PENDING".equals(status));
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
    static String target(String code, String projectName) {
        if ("NETWORK".equals(code)) {
            return projectName == null ? "в сетевой проект" : "в сетевой проект «" + projectName + "»";
        }
        if ("MUNICIPAL".equals(code)) {
            return "в муниципальный банк";
        }
        return code == null ? "—" : code;
    }
}
