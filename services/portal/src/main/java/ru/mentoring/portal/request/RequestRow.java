package ru.mentoring.portal.request;

import ru.mentoring.portal.backend.mentorbank.MentorRequests;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorNames;
import ru.mentoring.portal.web.Dates;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** A «Запросы наставников» row, in Russian; {@code decidable} when this user may accept or decline it. */
record RequestRow(UUID id, String mentorName, String school, String need, String status, String statusClass,
                  String reason, String requestedBy, String createdAt, String decidedAt, boolean decidable) {

    static RequestRow of(MentorRequests.Request r, Map<UUID, String> names, Schools schools,
                         boolean mayDecide) {
        return new RequestRow(r.id(), names.getOrDefault(r.mentorId(), MentorNames.unknown(r.mentorId())),
                schools.label(r.requestingSchoolId()), r.need() == null ? "" : r.need(), status(r.status()),
                r.status() == null ? "" : r.status().toLowerCase(Locale.ROOT),
                r.decisionReason() == null ? "" : r.decisionReason(),
                r.requestedBy() == null ? "" : r.requestedBy(), Dates.moment(r.createdAt()),
                Dates.moment(r.decidedAt()), mayDecide && "PENDING".equals(r.status()));
    }

    /** Still waiting for the mentor's or the methodist's decision. */
    boolean isPending() {
        return "pending".equals(statusClass);
    }

    /** The status as the school reads it; a status a newer bank sends is shown as it is. */
    static String status(String code) {
        if (code == null) {
            return "—";
        }
        return switch (code) {
            case "PENDING" -> "ожидает решения";
            case "ACCEPTED" -> "принят";
            case "DECLINED" -> "отклонён";
            default -> code;
        };
    }
}
