package ru.mentoring.portal.oversight;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.PairWorkMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;

import static org.assertj.core.api.Assertions.assertThat;

/** The curator's board: every pair with its flags, counted on top and filtered by each. */
class OversightPagesTest {

    @Test
    void everyPairShowsItsPlanItsLastMeetingAndWhatIsWrong() {
        Rendered page = Templates.render(OversightPage.of(null, PairWorkMother.board()), PortalUsers.curator("1"))
                .assertRussianOnly();

        assertThat(page.heading()).isEqualTo("Наблюдение за парами");
        assertThat(page.text()).contains("Все пары и группы школы на 05.11.2026",
                "не встречалась 3 нед.",
                "2 Всего", "2 Работают", "1 С просроченными задачами", "1 Без встреч 3 нед. и дольше",
                "1 Отозвано согласие", "1 Опасения", "1 Пора завершать",
                "Петров Пётр Андреевич Петров Пётр Петрович студент – ученик работает 01.09.2026 — 01.11.2026 1 из 3 2 08.10.2026 нет встреч 4 нед. срок вышел — пора завершать опасение: пропускает встречи",
                "Иванова Мария Петровна Сидорова Анна Викторовна учитель – учитель работает 15.09.2026 — 31.05.2027 4 из 4 0 01.11.2026 согласие отозвано пара педагогов");
        assertThat(page.html()).contains("action=\"/pairs/" + SchoolMother.PAIR + "/concerns\"")
                .doesNotContain("action=\"/pairs/" + SchoolMother.TEACHER_PAIR + "/concerns\"");
    }

    @Test
    void aFilterLeavesThePairsWithThatFlag() {
        Rendered page = Templates.render(OversightPage.of("consent", PairWorkMother.board()), PortalUsers.curator("1"))
                .assertRussianOnly();

        assertThat(page.field("show").html()).contains("<option value=\"consent\" selected=\"selected\">");
        assertThat(page.text()).contains("Сидорова Анна Викторовна").doesNotContain("Петров Пётр Петрович");
        var empty = PairWorkMother.read("{\"silentAfterWeeks\":3,\"today\":\"2026-11-05\",\"items\":[]}",
                ru.mentoring.portal.backend.school.Oversight.Board.class);
        assertThat(Templates.render(OversightPage.of("silent", empty), PortalUsers.curator("1")).text())
                .contains("Таких пар нет", "0 Всего");
    }
}
