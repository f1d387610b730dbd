package ru.mentoring.portal.municipal;

import ru.mentoring.portal.backend.mentorbank.YearList;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorLabels;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

/** A numbered line of the yearly list, as the printed list has it: №, ФИО, категория, место работы, сильные стороны. */
record MunicipalRow(int number, UUID mentorId, String fullName, String kind, String workplace, String strengths) {

    static List<MunicipalRow> of(List<YearList.Entry> entries, Schools schools) {
        List<YearList.Entry> sorted = entries.stream()
                .sorted(Comparator.comparing(YearList.Entry::fullName)).toList();
        return IntStream.range(0, sorted.size()).mapToObj(i -> {
            YearList.Entry e = sorted.get(i);
            String school = e.homeSchoolId() == null ? null : schools.label(e.homeSchoolId());
            return new MunicipalRow(i + 1, e.mentorId(), e.fullName(), MentorLabels.kind(e.kind()),
                    MentorLabels.workplace(school, e.organisation(), e.position()),
                    MentorLabels.joined(e.strengths() == null ? List.of() : e.strengths()));
        }).toList();
    }
}
