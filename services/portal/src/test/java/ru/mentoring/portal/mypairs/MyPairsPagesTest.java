package ru.mentoring.portal.mypairs;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.MyPairs;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.pairwork.WorkView;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PairWorkMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.PortalUser;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** «Мои пары» and one own pair as a mentor and as a mentee read them. */
class MyPairsPagesTest {

    private static final String[] FILE_TYPES = {"PDF", "DOCX", "XLSX", "PPTX", "JPEG", "PNG", "TXT", "pdf"};

    static PortalUser mentee() {
        return PortalUser.of(PortalUsers.login("mentee1", "Сидорова Анна Викторовна", "mentee", "1"));
    }

    private static Rendered own(MyPairs.Item item, Side side, PortalUser user) {
        var header = PairHeaders.of(item, side);
        var work = WorkView.of(header, PairWorkMother.plan(item.pairId()), PairWorkMother.meetings(), null);
        return Templates.render(MyPairPage.of(item, header, work), user).assertRussianOnly(FILE_TYPES);
    }

    @Test
    void aMentorSeesPairsOfEverySchoolAndAnotherSchoolsPupilOnlyAsTheMinimalCard() {
        Rendered page = Templates.render(MyPairsPage.of(Side.MENTOR, PairWorkMother.myPairs()), PortalUsers.mentor())
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Мои пары");
        assertThat(page.text()).contains("Встреч ждут вашего подтверждения: 1",
                "Школа № 1 Сидорова Анна Викторовна учитель – учитель 15.09.2026 — 31.05.2027 работает 1 из 3 20.10.2026 08.10.2026 1 ваша школа",
                "Гимназия № 2 Пётр (7Б) студент – ученик", "встреч не было 0 Куратор: Орлова Светлана Игоревна");
        assertThat(page.html()).contains("href=\"/my-pairs/" + PairWorkJson.OTHER_SCHOOL_PAIR + "\"");
    }

    @Test
    void anotherSchoolsPupilIsAFirstNameAndAClassWithTheCuratorAsTheContact() {
        Rendered page = own(PairWorkMother.otherSchoolPair(), Side.MENTOR, PortalUsers.mentor());

        assertThat(page.heading()).isEqualTo("Наставническая пара: Иванова Мария Петровна — Пётр (7Б)");
        assertThat(page.text()).contains("Наставляемый учится в другой школе: вы видите только имя и класс",
                "Куратор: Орлова Светлана Игоревна", "Школа Гимназия № 2", "Наставляемые Пётр (7Б)",
                "Записать встречу", "Оценить работу пары", "Завершить наставничество", "План развития")
                .doesNotContain("Прекратить досрочно", "Отметить опасение");
        assertThat(page.html()).doesNotContain("/mentees/");
    }

    @Test
    void aMenteeReadsThePlanConfirmsTheMentorsMeetingAndAssessesButEditsNothing() {
        Rendered page = own(PairWorkMother.ownPair(), Side.MENTEE, mentee());

        assertThat(page.text()).contains("Наставник Иванова Мария Петровна", "Оценить работу пары", "Записать встречу",
                "Провести открытый урок", "Подтвердить", "План для печати: PDF")
                .doesNotContain("Завершить наставничество", "Добавить задачу в раздел", "Затруднения и цели",
                        "Наставляемый учится в другой школе");
        assertThat(page.html()).doesNotContain("/plan/tasks/").contains("/meetings/" + PairWorkJson.MEETING_WAITING
                + "/confirmation");
    }

    @Test
    void aMenteesListIsTheirOwnWork() {
        Rendered page = Templates.render(MyPairsPage.of(Side.MENTEE, List.of(PairWorkMother.ownPair())), mentee())
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Моё наставничество");
        assertThat(page.text()).contains("Ваш план развития, встречи с наставником и итоги",
                "Иванова Мария Петровна", "Встреч ждут вашего подтверждения: 1", "Моё наставничество")
                .doesNotContain("Контакт");
    }
}
