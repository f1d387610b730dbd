package ru.mentoring.events.registration;

import org.junit.jupiter.api.Test;
import ru.mentoring.events.event.Audience;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.mentorbase.MentorCard;
import ru.mentoring.events.testing.EventMother;
import ru.mentoring.model.mentor.MentorKind;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Moscow");
    private final Instant now = Instant.parse("2030-03-01T09:00:00Z");

    @Test
    void anyoneSignedInMayApplyToAnOpenMunicipalSeminar() {
        assertThat(Eligibility.problems(EventMother.seminar(now, 5), self(Set.of("curator"), "2", null), now, ZONE)).isEmpty();
    }

    @Test
    void theWindowIsCheckedAgainstTheGivenMoment() {
        Event e = EventMother.seminar(now, 5);
        assertThat(Eligibility.problems(e, self(Set.of("mentor"), "1", null), e.closesAt(), ZONE))
                .containsExactly("Регистрация на мероприятие уже закрыта");
        assertThat(Eligibility.problems(e, self(Set.of("mentor"), "1", null), e.opensAt().minus(Duration.ofMinutes(1)), ZONE))
                .singleElement().asString().startsWith("Регистрация на мероприятие ещё не открыта");
    }

    @Test
    void experienceComesFromTheMentorBaseAndIsCompared() {
        Event young = EventMother.with(EventMother.seminar(now, 5), EnumSet.of(Audience.TEACHER), 5);
        assertThat(Eligibility.problems(young, self(Set.of("mentor"), "1", card(3)), now, ZONE)).isEmpty();
        assertThat(Eligibility.problems(young, self(Set.of("mentor"), "1", card(12)), now, ZONE))
                .containsExactly("Мероприятие для педагогов со стажем не больше 5 лет, по банку наставников — 12");
        assertThat(Eligibility.problems(young, self(Set.of("mentor"), "1", null), now, ZONE)).containsExactly(
                "Мероприятие для категорий: педагоги — по данным платформы вы к ним не относитесь",
                "Стаж проверяется по банку наставников, а там ваш педагогический стаж не указан: обратитесь к куратору");
    }

    @Test
    void aTeamOfTheWrongSizeAndGradesGetsEveryReasonAtOnce() {
        Applicant team = new Applicant(Mode.TEAM, "s", "Куратор", "", Set.of("curator"), "1", null, null,
                new ApplyCommand.Team("Команда", List.of(3, 12 - 1, 4, 8, 9, 10), null), Map.of());
        assertThat(Eligibility.problems(EventMother.festival(now), team, now, ZONE)).containsExactly(
                "В команде должно быть от 3 до 5 участников, в заявке — 6",
                "Участвуют обучающиеся 5–11 классов; не подходит: 3 класс, 4 класс");
    }

    @Test
    void aCuratorRegistersOnlyStaffOfTheirOwnSchool() {
        Applicant staff = new Applicant(Mode.STAFF, "s", "Куратор", "", Set.of("curator"), "2", null,
                new MentorCard(UUID.randomUUID(), "Петров", MentorKind.TEACHER, "1", 10, true), null, Map.of());
        assertThat(Eligibility.problems(EventMother.seminar(now, 5), staff, now, ZONE))
                .containsExactly("Куратор регистрирует только сотрудников своей школы");
    }

    private static Applicant self(Set<String> roles, String school, MentorCard card) {
        return new Applicant(Mode.SELF, "subject", "Имя", "a@b.ru", roles, school, null, card, null, Map.of());
    }

    private static MentorCard card(int years) {
        return new MentorCard(UUID.randomUUID(), "Сидорова", MentorKind.TEACHER, "1", years, true);
    }
}
