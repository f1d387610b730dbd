package ru.mentoring.portal.pairwork;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.school.MyPairs;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.pair.PairLabels;
import ru.mentoring.portal.web.PortalUser;

import java.util.List;
import java.util.UUID;

/**
 * A pair's header as the signed-in user may read it: the curator through the school's pairs, a mentor or
 * a mentee through their own ({@code /api/me/pairs/{id}}), which answers another school's pupil as the
 * minimal card. A pair the user may not see is «Страница не найдена» (the service's 404).
 */
@Singleton
public class PairHeaders {

    private final SchoolClient school;

    PairHeaders(SchoolClient school) {
        this.school = school;
    }

    public PairHeader of(UUID id, PortalUser user) {
        Side side = Side.of(user);
        return side == Side.CURATOR ? of(school.pair(id)) : of(school.myPair(id), side);
    }

    public static PairHeader of(Pairs.Pair p) {
        List<PairHeader.Person> mentees = p.memberList().stream()
                .map(m -> new PairHeader.Person(m.id(), PairLabels.member(m))).toList();
        boolean minors = p.memberList().stream().anyMatch(m -> m.grade() != null && !m.grade().isBlank());
        return new PairHeader(p.id(), Side.CURATOR, heading(p.group(), p.mentorName(), mentees), p.status(),
                PairLabels.status(p), p.teacherPair(), minors, p.startsOn(), p.endsOn(), mentees);
    }

    public static PairHeader of(MyPairs.Item item, Side side) {
        List<PairHeader.Person> mentees = item.menteeList().stream()
                .map(c -> new PairHeader.Person(c.id(), card(c))).toList();
        boolean minors = item.menteeList().stream().anyMatch(c -> c.grade() != null && !c.grade().isBlank());
        String title = item.statusTitle() != null && !item.statusTitle().isBlank() ? item.statusTitle()
                : PairLabels.status(item.status());
        return new PairHeader(item.pairId(), side, heading(mentees.size() > 1, item.mentorName(), mentees),
                item.status(), title, "TEACHER_TEACHER".equals(item.form()), minors, item.startsOn(), item.endsOn(),
                mentees);
    }

    /** «Петров Пётр (9Б)», «Пётр (7Б)» on the minimal card, «Гордеева Анна (учитель информатики)». */
    public static String card(MyPairs.Card c) {
        String name = c.name() == null || c.name().isBlank() ? "наставляемый" : c.name().strip();
        String place = c.grade() != null && !c.grade().isBlank() ? c.grade().strip()
                : c.position() != null && !c.position().isBlank() ? c.position().strip() : null;
        return place == null ? name : name + " (" + place + ")";
    }

    private static String heading(boolean group, @Nullable String mentor, List<PairHeader.Person> mentees) {
        String names = String.join(", ", mentees.stream().map(PairHeader.Person::label).toList());
        return (group ? "Наставническая группа: " : "Наставническая пара: ")
                + (mentor == null || mentor.isBlank() ? "наставник" : mentor)
                + (names.isEmpty() ? "" : " — " + names);
    }
}
