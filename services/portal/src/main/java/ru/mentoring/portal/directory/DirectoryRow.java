package ru.mentoring.portal.directory;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorLabels;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A directory table row, every code already in Russian. {@code requestable}: a curator may ask for this
 * mentor — another school's, taking requests, with a free seat; {@code note} says why not otherwise.
 */
record DirectoryRow(UUID id, String fullName, String kind, String visibility, String strengths, int freeCapacity,
                    String workplace, List<String> matches, boolean requestable, String note) {

    static DirectoryRow of(DirectoryEntry entry) {
        return of(entry, new Schools(List.of()), null);
    }

    static DirectoryRow of(DirectoryEntry entry, Schools schools, @Nullable String viewersSchool) {
        List<String> strengths = new ArrayList<>(entry.strengths() == null ? List.of() : entry.strengths());
        strengths.addAll(entry.ownStrengths() == null ? List.of() : entry.ownStrengths());
        String workplace = entry.organisation() != null ? entry.organisation()
                : entry.homeSchoolId() != null ? schools.label(entry.homeSchoolId()) : "";
        if (entry.position() != null && !entry.position().isBlank()) {
            workplace = workplace.isBlank() ? entry.position() : workplace + ", " + entry.position();
        }
        int free = entry.freeCapacity() == null ? 0 : Math.max(0, entry.freeCapacity());
        boolean ownSchool = viewersSchool != null && viewersSchool.equals(entry.homeSchoolId());
        String note = ownSchool ? "наставник вашей школы: назначается в пару без запроса"
                : !entry.takesRequests() ? "на паузе: запросы не принимает"
                : free == 0 ? "нет свободных мест" : "";
        List<String> matches = entry.matches() == null ? List.of() : entry.matches().stream()
                .map(DirectoryEntry.Match::label).filter(l -> l != null && !l.isBlank()).distinct().toList();
        return new DirectoryRow(entry.id(), entry.fullName(), MentorLabels.kind(entry.kind()),
                MentorLabels.visibility(entry.visibility()), MentorLabels.joined(strengths), free, workplace, matches,
                note.isEmpty(), note);
    }

    /** The name filter: case-insensitive, any part of the name («иван» finds «Иванова Мария»). */
    boolean matches(String query) {
        return query == null || query.isBlank()
                || fullName.toLowerCase(Locale.ROOT).contains(query.strip().toLowerCase(Locale.ROOT));
    }
}
