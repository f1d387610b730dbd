package ru.mentoring.portal.directory;

import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.mentor.MentorLabels;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A directory table row, every code already in Russian. */
record DirectoryRow(UUID id, String fullName, String kind, String visibility, String strengths, int freeCapacity,
                    String workplace) {

    static DirectoryRow of(DirectoryEntry entry) {
        List<String> strengths = entry.strengths() == null ? List.of() : entry.strengths();
        String workplace = entry.organisation() != null ? entry.organisation()
                : entry.homeSchoolId() != null ? "Школа № " + entry.homeSchoolId() : "";
        if (entry.position() != null && !entry.position().isBlank()) {
            workplace = workplace.isBlank() ? entry.position() : workplace + ", " + entry.position();
        }
        return new DirectoryRow(entry.id(), entry.fullName(), MentorLabels.kind(entry.kind()),
                MentorLabels.visibility(entry.visibility()), MentorLabels.joined(strengths),
                entry.freeCapacity() == null ? 0 : Math.max(0, entry.freeCapacity()), workplace);
    }

    /** The name filter: case-insensitive, any part of the name («иван» finds «Иванова Мария»). */
    boolean matches(String query) {
        return query == null || query.isBlank()
                || fullName.toLowerCase(Locale.ROOT).contains(query.strip().toLowerCase(Locale.ROOT));
    }
}
