package ru.mentoring.school.matching.engine;

import org.junit.jupiter.api.Test;
import ru.mentoring.school.mentee.MenteeKind;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** What a curator sees: proposals for one mentee, explained factor by factor. */
class MatchingEngineTest {

    private final MatchingEngine engine = new MatchingEngine();

    private static final MenteeProfile PUPIL = new MenteeProfile(id(1), MenteeKind.PUPIL, null, 6, "физика",
            "Подготовка к ГИА", "Хочу подготовиться к ОГЭ по физике", Set.of("PUPIL_PUPIL", "TEACHER_PUPIL"),
            "по вторникам и четвергам с 16 до 18");

    private static final MentorProfile TEACHER = new MentorProfile(id(10), "Иванова Анна Петровна",
            List.of("подготовка к ГИА", "проектная деятельность"), Set.of("TEACHER_PUPIL"), List.of("физика"),
            "5–7 классы", "вторник, четверг после 15:00", 2, true);

    private static final MentorProfile PUPIL_MENTOR = new MentorProfile(id(11), "Петров Илья", List.of("шахматы"),
            Set.of("PUPIL_PUPIL"), List.of(), null, null, 1, false);

    @Test
    void everyFactorIsExplainedAndTheScoreIsTheirSum() {
        List<Proposal> proposals = engine.proposeFor(PUPIL, List.of(PUPIL_MENTOR, TEACHER), Weights.DEFAULT, 5);

        assertThat(proposals).extracting(Proposal::mentorId).containsExactly(TEACHER.id(), PUPIL_MENTOR.id());
        Proposal best = proposals.getFirst();
        assertThat(best.reasons()).extracting(Reason::factor, Reason::points, Reason::text).containsExactly(
                tuple("strengths", 40, "Сильные стороны совпадают с запросом: подготовка к ГИА"),
                tuple("form", 5, "Ведёт форму «учитель – ученик»"),
                tuple("subject", 20, "Тот же предмет: физика"),
                tuple("age", 15, "Предпочитает: 5–7 классы — наставляемый в 6 классе"),
                tuple("time", 10, "Совпадает время: вторник, четверг 16:00–18:00"),
                tuple("capacity", 3, "Свободных мест: 2"),
                tuple("ownSchool", 5, "Из вашей школы"));
        assertThat(best.score()).isEqualTo(98).isEqualTo(best.reasons().stream().mapToInt(Reason::points).sum());
        assertThat(best.menteeId()).isEqualTo(PUPIL.id());
    }

    @Test
    void zeroPointsSayWhy() {
        Proposal weak = engine.proposeFor(PUPIL, List.of(PUPIL_MENTOR), Weights.DEFAULT, 1).getFirst();

        assertThat(weak.reasons()).extracting(Reason::factor, Reason::points, Reason::text).containsExactly(
                tuple("strengths", 0, "Сильные стороны не совпадают с запросом"),
                tuple("form", 5, "Ведёт форму «ученик – ученик»"),
                tuple("subject", 0, "Наставник не указал предметы"),
                tuple("age", 0, "Наставник не указал желаемый возраст наставляемых"),
                tuple("time", 0, "Время наставника не указано"),
                tuple("capacity", 2, "Свободных мест: 1"),
                tuple("ownSchool", 0, "Из другой школы или муниципального банка"));
        assertThat(weak.score()).isEqualTo(7);
    }

    @Test
    void partialMatchesAndMismatchesAreNamed() {
        MenteeProfile teacher = new MenteeProfile(id(2), MenteeKind.TEACHER, 24, null, "химия",
                "Проектная и исследовательская деятельность", null, Set.of("TEACHER_TEACHER"), null);
        MentorProfile mentor = new MentorProfile(id(12), "Смирнова Ольга", List.of("проектная деятельность",
                "функциональная грамотность"), Set.of("TEACHER_TEACHER"), List.of("биология"), "10–11 классы",
                "суббота утром", 3, false);

        Proposal p = engine.proposeFor(teacher, List.of(mentor), Weights.DEFAULT, 1).getFirst();

        assertThat(p.reasons()).extracting(Reason::text).containsExactly(
                "Сильные стороны совпадают с запросом: проектная деятельность",
                "Ведёт форму «учитель – учитель»",
                "Другой предмет: у наставника биология, у наставляемого химия",
                "Предпочитает: 10–11 классы — наставляемый — молодой педагог, 24 года, не подходит",
                "Время наставляемого не указано",
                "Свободных мест: 3",
                "Из другой школы или муниципального банка");
    }

    @Test
    void ofSeveralSharedFormsTheFirstByCodeIsNamedForEveryPair() {
        // the first mentor introduces TEACHER_PUPIL before PUPIL_PUPIL; the explanation still names PUPIL_PUPIL
        MentorProfile both = new MentorProfile(id(14), "Орлова Мария", List.of("шахматы"),
                new java.util.LinkedHashSet<>(List.of("TEACHER_PUPIL", "PUPIL_PUPIL")), List.of(), null, null, 1, false);
        MentorProfile teacherOnly = new MentorProfile(id(15), "Соколов Пётр", List.of("шахматы"), Set.of("TEACHER_PUPIL"),
                List.of(), null, null, 1, false);

        List<Proposal> proposals = engine.proposeFor(PUPIL, List.of(both, teacherOnly, PUPIL_MENTOR), Weights.DEFAULT, 3);

        assertThat(proposals).extracting(p -> p.mentorId(), p -> p.reasons().get(1).text(), p -> p.reasons().get(1).points())
                .containsExactlyInAnyOrder(
                        tuple(both.id(), "Ведёт форму «ученик – ученик»", 5),
                        tuple(teacherOnly.id(), "Ведёт форму «учитель – ученик»", 5),
                        tuple(PUPIL_MENTOR.id(), "Ведёт форму «ученик – ученик»", 5));
    }

    @Test
    void aSubjectNamedOnlyInTheRequestCounts() {
        MenteeProfile pupil = new MenteeProfile(id(3), MenteeKind.PUPIL, 15, null, null, null,
                "нужна помощь с подготовкой к ЕГЭ по математике", Set.of("STUDENT_PUPIL"), "будни после 16");
        MentorProfile student = new MentorProfile(id(13), "Кузнецов Артём", List.of("подготовка к ОГЭ и ЕГЭ"),
                Set.of("STUDENT_PUPIL"), List.of("алгебра"), "14–17 лет", "пн-пт 17:00-19:00", 1, false);

        Proposal p = engine.proposeFor(pupil, List.of(student), Weights.DEFAULT, 1).getFirst();

        assertThat(p.reasons()).extracting(Reason::points).containsExactly(40, 5, 20, 15, 10, 2, 0);
        assertThat(p.reasons().get(2).text()).isEqualTo("Предмет из запроса: алгебра");
        assertThat(p.reasons().get(3).text()).isEqualTo("Предпочитает: 14–17 лет — наставляемому 15 лет");
        assertThat(p.reasons().get(4).text())
                .isEqualTo("Совпадает время: понедельник, вторник, среда, четверг, пятница 17:00–19:00");
    }

    @Test
    void onlyMentorsLeadingASuitableFormWithAFreeSeatAreProposed() {
        MentorProfile employer = new MentorProfile(id(14), "ООО «Завод»", List.of("подготовка к ГИА"),
                Set.of("EMPLOYER_STUDENT"), List.of("физика"), null, null, 3, false);
        MentorProfile full = new MentorProfile(id(15), "Занятая", List.of("подготовка к ГИА"), Set.of("TEACHER_PUPIL"),
                List.of("физика"), null, null, 0, true);

        assertThat(engine.proposeFor(PUPIL, List.of(employer, full, PUPIL_MENTOR), Weights.DEFAULT, 10))
                .extracting(Proposal::mentorId).containsExactly(PUPIL_MENTOR.id());
    }

    @Test
    void equalScoresGoToTheSmallerIdAndRejectedMentorsStayOut() {
        MentorProfile twin = new MentorProfile(id(9), "Двойник", TEACHER.strengths(), TEACHER.forms(), TEACHER.subjects(),
                TEACHER.preferredMenteeAge(), TEACHER.timeAvailable(), TEACHER.freeSeats(), TEACHER.ownSchool());

        assertThat(engine.proposeFor(PUPIL, List.of(TEACHER, twin), Weights.DEFAULT, 2)).extracting(Proposal::mentorId)
                .containsExactly(twin.id(), TEACHER.id());
        assertThat(engine.proposeFor(PUPIL, List.of(TEACHER, twin), Weights.DEFAULT, 2, Set.of(twin.id())))
                .extracting(Proposal::mentorId).containsExactly(TEACHER.id());
    }

    @Test
    void theCuratorsWeightsReorderProposals() {
        MentorProfile sameTime = new MentorProfile(id(16), "Время совпадает", List.of("шахматы"), Set.of("PUPIL_PUPIL"),
                List.of(), null, "вторник с 16 до 18", 1, false);
        MentorProfile sameStrengths = new MentorProfile(id(17), "Сильные стороны", List.of("подготовка к ЕГЭ"),
                Set.of("PUPIL_PUPIL"), List.of(), null, "суббота", 1, false);

        assertThat(engine.proposeFor(PUPIL, List.of(sameTime, sameStrengths), Weights.DEFAULT, 2))
                .extracting(Proposal::mentorId).containsExactly(sameStrengths.id(), sameTime.id());
        Weights timeFirst = new Weights(10, 5, 20, 15, 100, 5, 5);
        assertThat(engine.proposeFor(PUPIL, List.of(sameTime, sameStrengths), timeFirst, 2))
                .extracting(Proposal::mentorId).containsExactly(sameTime.id(), sameStrengths.id());
    }

    @Test
    void weightsOutsideTheRangeAreRefusedInRussian() {
        assertThatThrownBy(() -> new Weights(-1, 0, 0, 0, 0, 0, 0)).hasMessage("Вес сильных сторон должен быть от 0 до 100");
        assertThatThrownBy(() -> new Weights(0, 0, 0, 0, 101, 0, 0)).hasMessage("Вес времени должен быть от 0 до 100");
    }

    @Test
    void aCohortNeverExceedsASeatAndExplainsEveryPair() {
        MenteeProfile second = new MenteeProfile(id(4), MenteeKind.PUPIL, null, 7, "физика", "Подготовка к ГИА", null,
                Set.of("TEACHER_PUPIL"), "вторник после 16");
        MenteeProfile third = new MenteeProfile(id(5), MenteeKind.PUPIL, null, 5, "физика", "Подготовка к ГИА", null,
                Set.of("TEACHER_PUPIL"), null);

        CohortResult result = engine.matchCohort(List.of(PUPIL, second, third), List.of(TEACHER, PUPIL_MENTOR),
                Weights.DEFAULT, MatchingEngine.CANDIDATES_PER_MENTEE);

        // the teacher's two seats go to the two best fits (98 each); the pupil mentor (7 points for PUPIL) would
        // only be used by moving PUPIL off the teacher for the third mentee (88): 7 + 98 + 88 = 193 < 196
        assertThat(result.items()).extracting(Proposal::menteeId, Proposal::mentorId, Proposal::score)
                .containsExactly(tuple(PUPIL.id(), TEACHER.id(), 98), tuple(second.id(), TEACHER.id(), 98));
        assertThat(result.unassigned()).containsExactly(third.id());
        assertThat(result.totalScore()).isEqualTo(196);
        assertThat(result.items()).allSatisfy(p -> {
            assertThat(p.reasons()).hasSize(7);
            assertThat(p.score()).isEqualTo(p.reasons().stream().mapToInt(Reason::points).sum());
        });
    }

    @Test
    void aCohortLeavesOutRejectedPairsAndNamesWhoIsLeftWithoutAMentor() {
        CohortResult result = engine.matchCohort(List.of(PUPIL), List.of(TEACHER), Weights.DEFAULT, 50,
                Map.of(PUPIL.id(), Set.of(TEACHER.id())));

        assertThat(result.items()).isEmpty();
        assertThat(result.unassigned()).containsExactly(PUPIL.id());
        assertThat(result.totalScore()).isZero();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    private static UUID id(int n) {
        return new UUID(0, n);
    }
}
