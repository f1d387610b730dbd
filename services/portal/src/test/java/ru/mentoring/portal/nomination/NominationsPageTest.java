package ru.mentoring.portal.nomination;

import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.mentorbank.Nominations;
import ru.mentoring.portal.mentor.MentorLabels;
import ru.mentoring.portal.testing.BankMother;
import ru.mentoring.portal.testing.PortalUsers;
import ru.mentoring.portal.testing.Rendered;
import ru.mentoring.portal.testing.Templates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.FormErrors.FieldError;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** «Выдвижения»: the methodist's queue with a just-approved account, and a curator's refused form. */
class NominationsPageTest {

    private static final UUID NOMINATION = UUID.fromString("11110000-0000-4000-8000-000000000001");

    private static Nominations.Nomination pending(String account, String password) {
        return new Nominations.Nomination(NOMINATION, BankMother.IVANOVA, "Иванова Мария Петровна", "1", "MUNICIPAL",
                null, "Победитель конкурса «Педагог-наставник»", account == null ? "PENDING" : "APPROVED", null,
                "curator1", Instant.parse("2026-10-01T07:00:00Z"), null, account, password);
    }

    @Test
    void methodistDecidesOnTheQueueAndReadsTheTemporaryPasswordOnce() {
        var row = NominationRow.of(pending(null, null), BankMother.schools(), Map.of());
        var approved = NominationRow.of(pending("ivanova.ms", "Xy7-kq2"), BankMother.schools(), Map.of());
        var page = new NominationsPage(List.of(row), approved, "Xy7-kq2", NominationForm.empty(), FormErrors.none(),
                List.of(), List.of(), List.of(), List.of(), List.of());

        Rendered rendered = Templates.render(page, PortalUsers.methodist()).assertRussianOnly("ivanova", "ms", "Xy", "kq");

        assertThat(rendered.heading()).isEqualTo("Выдвижения");
        assertThat(rendered.text()).contains("Выдвижение одобрено: Иванова Мария Петровна в муниципальный банк.",
                "ivanova.ms", "Xy7-kq2", "Пароль показан один раз", "МАОУ СОШ № 1",
                "Победитель конкурса «Педагог-наставник»", "01.10.2026 10:00", "Одобрить", "Отклонить")
                .doesNotContain("Выдвинуть наставника");
        assertThat(rendered.html()).contains("action=\"/nominations/" + NOMINATION + "/approve\"");
    }

    @Test
    void curatorsRefusedNominationComesBackWithItsErrorsInFormOrder() {
        var form = new NominationForm("", "", "PARENT", "0", "", "", List.of("подготовка к ГИА"), "NETWORK", "", "");
        var errors = FormErrors.found(NominationForm.class, List.of(
                new FieldError("networkProjectId", "Выберите сетевой проект"),
                new FieldError("capacity", "Вместимость — целое число от 1 до 50"),
                new FieldError("fullName", "Выберите наставника из списка или укажите ФИО нового")));
        var page = new NominationsPage(List.of(), null, null, form, errors,
                Option.of(List.of(BankMother.IVANOVA), UUID::toString, id -> "Иванова Мария Петровна (Педагог)", id -> false),
                MentorLabels.kinds("PARENT"),
                Option.of(BankMother.competencies(), c -> c.title(), c -> c.title(), c -> c.title().equals("подготовка к ГИА")),
                Option.of(List.of("MUNICIPAL", "NETWORK"), t -> t, t -> t.equals("NETWORK") ? "в пул сетевого проекта"
                        : "в муниципальный банк наставников", t -> t.equals("NETWORK")),
                List.of());

        Rendered rendered = Templates.render(page, PortalUsers.curator("1")).assertRussianOnly();

        assertThat(rendered.summary()).containsExactly("Выберите наставника из списка или укажите ФИО нового",
                "Вместимость — целое число от 1 до 50", "Выберите сетевой проект");
        assertThat(rendered.field("fullName").errors()).containsExactly("Выберите наставника из списка или укажите ФИО нового");
        assertThat(rendered.field("networkProjectId").errors()).containsExactly("Выберите сетевой проект");
        assertThat(rendered.field("target").html()).contains("value=\"NETWORK\" checked=\"checked\"");
        assertThat(rendered.field("strengths").html()).contains("value=\"подготовка к ГИА\" checked=\"checked\"");
        assertThat(rendered.field("kind").html()).contains("<option value=\"PARENT\" selected=\"selected\">Родитель</option>");
        assertThat(rendered.text()).contains("Школа пока никого не выдвигала.").doesNotContain("Одобрить");
    }
}
