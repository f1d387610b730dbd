package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.annotation.InEnum;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.web.form.EmailField;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

/** The «Новый наставник» form exactly as typed, so a refused form comes back with the user's input. */
@Introspected
@Serdeable
record NewMentorForm(
        @Nullable @NotBlank(message = "Укажите ФИО наставника") @Size(max = 200, message = "Не длиннее 200 символов") String fullName,
        @Nullable @NotBlank(message = "Выберите категорию наставника")
        @InEnum(value = MentorKind.class, message = "Выберите категорию наставника") String kind,
        @Nullable @NotBlank(message = "Укажите, сколько наставляемых наставник может вести одновременно")
        @WholeNumber(min = 1, max = 50, message = "Вместимость — целое число от 1 до 50") String capacity,
        @Nullable @Size(max = 20, message = "Не длиннее 20 символов") String homeSchoolId,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String organisation,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String position,
        @Nullable @EmailField(message = "Адрес электронной почты указан неверно") String email,
        @Nullable @Size(max = 1000, message = "Не длиннее 1000 символов") String strengths) {

    static NewMentorForm empty() {
        return new NewMentorForm("", "", "1", "", "", "", "", "");
    }

    /** «проектная деятельность, подготовка к ГИА» → two strengths. */
    Mentors.Registration toRegistration() {
        return new Mentors.Registration(Typed.text(fullName), Typed.text(kind), Typed.whole(capacity),
                Typed.text(homeSchoolId), Typed.text(organisation), Typed.text(position), Typed.text(email),
                Typed.listed(strengths));
    }
}
