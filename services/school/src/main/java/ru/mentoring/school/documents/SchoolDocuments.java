package ru.mentoring.school.documents;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.directory.DirectoryEntry;
import ru.mentoring.school.directory.MentorDirectory;
import ru.mentoring.school.pair.PairView;
import ru.mentoring.school.pair.PairViews;
import ru.mentoring.school.profile.SchoolProfiles;
import ru.mentoring.school.programme.Programme;
import ru.mentoring.school.programme.ProgrammeService;
import ru.mentoring.school.web.Downloads;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Gathers what each of the school's documents needs from the features that own it. */
@Singleton
class SchoolDocuments {

    private final PairViews pairs;
    private final SchoolProfiles profiles;
    private final ProgrammeService programmes;
    private final MentorDirectory directory;
    private final Today today;

    SchoolDocuments(PairViews pairs, SchoolProfiles profiles, ProgrammeService programmes, MentorDirectory directory,
                    Today today) {
        this.pairs = pairs;
        this.profiles = profiles;
        this.programmes = programmes;
        this.directory = directory;
        this.today = today;
    }

    @Transactional(readOnly = true)
    HttpResponse<byte[]> assignmentOrder(String schoolId, @Nullable String year, @Nullable String format) {
        String schoolYear = year == null || year.isBlank() ? today.schoolYear() : year.strip();
        if (!schoolYear.matches("[0-9]{4}/[0-9]{4}")) {
            throw new BusinessRuleException("Учебный год указывается как 2026/2027");
        }
        List<PairView> ofYear = pairs.ofYear(schoolId, schoolYear);
        Map<UUID, DirectoryEntry> mentors = directory.visibleTo(schoolId, ofYear.stream().map(PairView::mentorId).distinct()
                .toList()).stream().collect(Collectors.toMap(DirectoryEntry::id, Function.identity()));
        List<String> curators = programmes.current(schoolId).filter(p -> p.schoolYear().equals(schoolYear))
                .map(Programme::curators).orElse(List.of());
        return Downloads.document(AssignmentOrder.of(profiles.of(schoolId), schoolYear, ofYear, curators, mentors), format,
                "Приказ о закреплении наставнических пар " + schoolYear.replace('/', '-'));
    }
}
