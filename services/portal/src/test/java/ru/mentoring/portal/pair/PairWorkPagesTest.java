package ru.mentoring.portal.pair;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.WorkView;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PairWorkJson;
import ru.mentoring.portal.testing.PairWorkMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.form.FormErrors;

import static org.assertj.core.api.Assertions.assertThat;

/** The curator's pair page with the pair's work: plan, meeting log, how it ended, what can be done next. */
class PairWorkPagesTest {

    // the file hint names the types; «итоги.pdf» is the name the mentor gave the file
    static final String[] FILE_TYPES = {"PDF", "DOCX", "XLSX", "PPTX", "JPEG", "PNG", "TXT", "pdf"};

    private static Rendered curatorPage(Pairs.Pair pair, boolean draft) {
        var plan = draft ? PairWorkMother.draftPlan(pair.id()) : PairWorkMother.plan(pair.id());
        var work = WorkView.of(PairHeaders.of(pair), plan, PairWorkMother.meetings(), pair);
        return Templates.render(PairPage.of(pair, ChecklistForm.of(pair.labourChecklist()), FormErrors.none(), work, BankMother.schools()),
                PortalUsers.curator("1")).assertRussianOnly(FILE_TYPES);
    }

    @Test
    void thePlanShowsItsSectionsDoneMarksTheOverdueTaskAndItsPractice() {
        Rendered page = curatorPage(PairWorkMother.activePupilPair(), false);

        assertThat(page.text()).contains("План развития", "Выявленные затруднения Трудно удерживать внимание класса",
                "Цели Освоить приёмы формирующего оценивания", "Выполнено задач: 1 из 3, просрочено: 1",
                "Анализ профессиональных трудностей и способы их преодоления",
                "Посетить уроки наставника 15.10.2026 анализ урока конспект выполнено 10.10.2026",
                "Провести открытый урок 20.10.2026 урок проведён технологическая карта Формирующее оценивание на уроке просрочено",
                "Направления профессионального развития", "Курсы повышения квалификации 01.03.2027");
        assertThat(page.html()).contains("class=\"overdue\"", "href=\"/practices/" + PairWorkJson.PRACTICE + "\"",
                "action=\"/pairs/" + SchoolMother.PAIR + "/plan/tasks/" + PairWorkJson.TASK_OVERDUE + "/done\"",
                "action=\"/pairs/" + SchoolMother.PAIR + "/plan/tasks/" + PairWorkJson.TASK_DONE + "/reopen\"",
                "href=\"/pairs/" + SchoolMother.PAIR + "/plan/tasks/new?section=DEVELOPMENT\"",
                "href=\"/pairs/" + SchoolMother.PAIR + "/plan/document?format=pdf\"");
    }

    @Test
    void theMeetingLogSaysWhoLoggedWhatAndTheCuratorConfirmsTheMentorsMeeting() {
        Rendered page = curatorPage(PairWorkMother.activePupilPair(), false);

        assertThat(page.text()).contains("Журнал встреч", "Встреч проведено: 2, последняя 08.10.2026",
                "01.10.2026 встреча-знакомство очно Знакомство Договорились о целях 45 мин наставник подтверждена 02.10.2026 итоги.pdf 13 КБ",
                "08.10.2026 пробная рабочая встреча онлайн Пробный урок — — наставник ждёт подтверждения Подтвердить");
        assertThat(page.html()).contains("href=\"/pairs/" + SchoolMother.PAIR + "/files/" + PairWorkJson.FILE + "\"",
                "action=\"/pairs/" + SchoolMother.PAIR + "/meetings/" + PairWorkJson.MEETING_WAITING + "/confirmation\"")
                .doesNotContain("/meetings/" + PairWorkJson.MEETING_CONFIRMED + "/confirmation");
    }

    @Test
    void theCuratorOfAWorkingPupilPairLogsCompletesTerminatesAndFlagsAConcern() {
        Rendered page = curatorPage(PairWorkMother.activePupilPair(), false);

        assertThat(page.text()).contains("Записать встречу", "Завершить наставничество", "Прекратить досрочно",
                "Отметить опасение").doesNotContain("Оценить работу пары", "Предложить в библиотеку практик");
        assertThat(page.html()).contains("action=\"/pairs/" + SchoolMother.PAIR + "/concerns\"");
    }

    @Test
    void aTeacherPairShowsTheCuratorWhatTheProgrammeRequiresAndNoMore() {
        Rendered page = curatorPage(SchoolMother.teacherPair(), false);

        assertThat(page.text()).contains("В паре педагогов куратор видит то, что требует программа",
                "Выполнено задач: 1 из 3", "01.10.2026 встреча-знакомство очно 45 мин наставник")
                .doesNotContain("Выявленные затруднения", "Договорились о целях", "Пробный урок", "итоги.pdf",
                        "Отметить опасение");
    }

    @Test
    void theServiceSaysWhatTheCallerMayDo() {
        var pair = PairWorkMother.activePupilPair();
        var plan = PairWorkMother.read(PairWorkJson.plan(pair.id()).replace("\"overdue\":1,", "\"overdue\":1,"
                + "\"editable\":false,\"limitedView\":false,"), ru.mentoring.portal.backend.school.Plans.Plan.class);
        var log = PairWorkMother.read(PairWorkJson.meetings().replace("\"files\":[]}", "\"files\":[],\"canConfirm\":false}")
                .replace("\"held\":2,", "\"held\":2,\"canLog\":false,\"toConfirm\":0,"),
                ru.mentoring.portal.backend.school.Meetings.Log.class);
        var work = WorkView.of(PairHeaders.of(pair), plan, log, pair);

        Rendered page = Templates.render(PairPage.of(pair, ChecklistForm.of(null), FormErrors.none(), work, BankMother.schools()),
                PortalUsers.curator("1")).assertRussianOnly(FILE_TYPES);

        assertThat(page.html()).doesNotContain("/plan/tasks/").doesNotContain("/confirmation")
                .doesNotContain("/meetings/new");
        assertThat(page.text()).contains("Завершить наставничество", "Провести открытый урок");
    }

    @Test
    void aDraftPlanIsTheFormsTemplateToBeSavedFirst() {
        Rendered page = curatorPage(PairWorkMother.activePupilPair(), true);

        assertThat(page.text()).contains("План ещё не сохранён: ниже — шаблон формы наставничества",
                "Заполнить и сохранить план", "Посетить уроки наставника 31.10.2026");
        assertThat(page.html()).doesNotContain("/plan/tasks/").doesNotContain("/plan/document");
    }

    @Test
    void aCompletedPairShowsItsResultsAssessmentsDecisionAndWhatFollows() {
        Rendered page = curatorPage(PairWorkMother.completedPupilPair(), false);

        assertThat(page.text()).contains("завершена", "Итоги наставничества", "Завершена 20.05.2027",
                "Результаты Оценка по математике выросла до «4»", "Оценка наставника 8 из 10 — Старался",
                "Оценка наставляемого 9 из 10 — Было интересно",
                "Решение продолжить: «Подготовка к ОГЭ» до 25.12.2027", "Предложить в библиотеку практик",
                "Отчёт наставника").doesNotContain("Записать встречу", "Завершить наставничество",
                "Готовность наставляемого");
        assertThat(page.html()).contains("href=\"/pairs/" + PairWorkJson.FOLLOW_UP + "\"",
                "href=\"/pairs/" + SchoolMother.PAIR + "/mentor-report?format=docx\"");
    }

    @Test
    void aTerminatedPairSaysWhoEndedItAndWhy() {
        Rendered page = curatorPage(PairWorkMother.terminatedTeacherPair(), false);

        assertThat(page.text()).contains("прекращена досрочно", "Досрочное прекращение", "Прекращена 01.12.2026",
                "Инициатор наставляемый", "Причина Переезд", "Комментарий Переехала в другой город")
                .doesNotContain("Прекратить досрочно", "Записать встречу");
    }
}
