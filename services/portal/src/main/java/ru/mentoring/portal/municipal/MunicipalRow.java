package ru.mentoring.portal.municipal;

import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.mentor.MentorLabels;

import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** A numbered line of the yearly list, as the printed list has it: №, ФИО, категория, место работы, сильные стороны. */
record MunicipalRow(int number, String mentorId, String fullName, String kind, String workplace, String strengths) {

    static List<MunicipalRow> of(List<MunicipalMentors.Entry> entries, Catalogues.Schools schools) {
        List<MunicipalMentors.Entry> sorted = entries.stream()
                .sorted(Comparator.comparing(MunicipalMentors.Entry::fullName)).toList();
        return IntStream.range(0, sorted.size()).mapToObj(i -> {
            MunicipalMentors.Entry e = sorted.get(i);
            String school = e.homeSchoolId() == null ? null : schools.label(e.homeSchoolId());
            return new MunicipalRow(i + 1, e.mentorId(), e.fullName(), MentorLabels.kind(e.kind()),
                    MentorLabels.workplace(school, e.organisation(), e.position()),
                    MentorLabels.joined(e.strengths() == null ? List.of() : e.strengths()));
        }).toList();
    }
}
