package ru.mentoring.portal.documents;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.SchoolMother;
import ru.mentoring.portal.testing.Templates;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** «Документы»: the order of a school year, the pairs it fixes and those still waiting. */
class DocumentsPageTest {

    @Test
    void theOrderListsThePairsItFixesAndThoseWaitingApart() {
        var page = DocumentsPage.of("2026/2027", List.of("2026/2027", "2025/2026"),
                List.of(SchoolMother.waitingPair(), SchoolMother.teacherPair()));

        Rendered documents = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly("PDF", "DOCX");

        assertThat(documents.heading()).isEqualTo("Документы");
        assertThat(documents.text()).contains("Приказ о закреплении наставнических пар и групп", "Скачать PDF",
                "Скачать DOCX", "Пары и группы, которые войдут в приказ",
                "Иванова Мария Петровна Сидорова Анна Викторовна (учитель математики) учитель – учитель",
                "Войдут в приказ после подтверждения", "Петров Пётр Андреевич Петров Пётр Петрович (9Б)");
        assertThat(documents.html()).contains("href=\"/documents/assignment-order?year=2026/2027&amp;format=pdf\"",
                "href=\"/documents/assignment-order?year=2026/2027&amp;format=docx\"",
                "<option value=\"2026/2027\" selected=\"selected\">2026/2027 учебный год</option>");
    }

    @Test
    void aYearWithoutPairsSaysSo() {
        var page = DocumentsPage.of("2025/2026", List.of("2026/2027", "2025/2026"), List.of(SchoolMother.teacherPair()));

        Rendered documents = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly("PDF", "DOCX");

        assertThat(documents.text()).contains("В этом учебном году закреплённых пар пока нет.")
                .doesNotContain("Иванова Мария Петровна");
    }
}
