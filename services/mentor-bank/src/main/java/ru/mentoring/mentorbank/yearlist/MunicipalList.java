package ru.mentoring.mentorbank.yearlist;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Only mentors approved into the municipal bank can be on a year's list. */
@Singleton
class MunicipalList {

    private final MunicipalListRepository list;
    private final MentorService mentors;

    MunicipalList(MunicipalListRepository list, MentorService mentors) {
        this.list = list;
        this.mentors = mentors;
    }

    @Transactional(readOnly = true)
    YearList of(String year) {
        return new YearList(year, mentors.findAll(list.mentorsOf(year)).stream()
                .sorted(Comparator.comparing(Mentor::fullName))
                .map(m -> new Entry(m.id(), m.fullName(), m.kind().name(), m.homeSchoolId(), m.organisation(),
                        m.position(), m.strengths()))
                .toList());
    }

    @Transactional
    void add(String year, UUID mentorId) {
        Mentor mentor = mentors.find(mentorId).orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (mentor.visibility() != MentorVisibility.MUNICIPAL) {
            throw new BusinessRuleException("В список муниципальных наставников входят только наставники, "
                    + "одобренные в муниципальный банк");
        }
        list.add(year, mentorId);
    }

    @Transactional
    void remove(String year, UUID mentorId) {
        list.remove(year, mentorId);
    }

    @Serdeable
    record YearList(String year, List<Entry> items) {
    }

    @Serdeable
    record Entry(UUID mentorId, String fullName, String kind, @Nullable String homeSchoolId,
                 @Nullable String organisation, @Nullable String position, List<String> strengths) {
    }
}
