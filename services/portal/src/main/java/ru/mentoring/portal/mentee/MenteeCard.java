package ru.mentoring.portal.mentee;

import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.consent.ConsentSection;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Labelled;
import ru.mentoring.portal.web.PageModel;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A mentee's card: who they are (a pupil's class and parent, a young teacher's position and experience),
 * the request, the restricted categories in a block marked as the curator's alone, the consents and the
 * pairs, with the ways to find a mentor.
 */
record MenteeCard(UUID id, String fullName, String status, boolean archived, List<Labelled> main,
                  List<Labelled> request, List<String> restricted, ConsentSection consents,
                  List<PairLine> pairs, LoginSection login) implements PageModel {

    static MenteeCard of(Mentees.Mentee m, ConsentSection consents, List<Pairs.Pair> allPairs) {
        return of(m, consents, allPairs, LoginSection.none(m.minor()));
    }

    static MenteeCard of(Mentees.Mentee m, ConsentSection consents, List<Pairs.Pair> allPairs, LoginSection login) {
        List<Labelled> main = new ArrayList<>();
        main.add(Labelled.of("Кто", m.kindTitle() == null ? MenteeLabels.kind(m.kind()) : m.kindTitle()));
        main.add(Labelled.of("Дата рождения", m.birthDate() == null ? null
                : Dates.day(m.birthDate()) + (m.age() == null ? "" : " (" + Ages.years(m.age()) + ")")));
        if ("TEACHER".equals(m.kind())) {
            main.add(Labelled.of("Должность", m.position()));
            main.add(Labelled.of("Предмет", m.subject()));
            main.add(Labelled.of("Педагогический стаж", m.experienceYears() == null ? null : Ages.years(m.experienceYears())));
        } else {
            main.add(Labelled.of("Класс (группа)", m.grade()));
            main.add(Labelled.of("Родитель (законный представитель)", m.guardianName()));
            main.add(Labelled.of("Контакты родителя", m.guardianContact()));
        }
        main.add(Labelled.of("Место учёбы или работы", m.organisation()));
        main.add(Labelled.of("Контакты", m.contact()));
        main.add(Labelled.of("Удобное время для встреч", m.availableTime()));
        List<Labelled> request = List.of(
                Labelled.of("Категория запроса", m.requestCategoryTitle()),
                Labelled.of("Запрос", m.request()),
                Labelled.of("Источник", m.sourceTitle()),
                Labelled.of("Дата вхождения в программу", m.enteredAt() == null ? null : Dates.day(m.enteredAt())));
        Mentees.Restricted r = m.restrictedOrNone();
        List<String> restricted = new ArrayList<>();
        if (r.supportNeeds()) {
            restricted.add(RestrictedCategories.SUPPORT_NEEDS);
        }
        if (r.difficultSituation()) {
            restricted.add(RestrictedCategories.DIFFICULT_SITUATION);
        }
        if (r.behaviour()) {
            restricted.add(RestrictedCategories.BEHAVIOUR);
        }
        if (r.poorResults()) {
            restricted.add(RestrictedCategories.POOR_RESULTS);
        }
        List<PairLine> pairs = allPairs.stream()
                .filter(p -> p.memberList().stream().anyMatch(member -> member.id().equals(m.id())))
                .map(PairLine::of).toList();
        return new MenteeCard(m.id(), m.fullName(), m.statusTitle() == null ? MenteeLabels.status(m.status())
                : m.statusTitle(), "ARCHIVED".equals(m.status()), main, request, restricted, consents, pairs, login);
    }

    @Override
    public String view() {
        return "mentee-card";
    }

    @Override
    public String title() {
        return fullName;
    }

    /** A pair or group the mentee is in, as the card lists it. */
    record PairLine(UUID id, String mentor, String form, String term, String status) {

        static PairLine of(Pairs.Pair p) {
            return new PairLine(p.id(), p.mentorName(), p.formTitle() == null ? "—" : p.formTitle(),
                    Dates.day(p.startsOn()) + " — " + Dates.day(p.endsOn()),
                    p.statusTitle() == null ? "—" : p.statusTitle());
        }
    }
}
