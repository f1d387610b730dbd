package ru.mentoring.portal.programme;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Programmes;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

/** One activity of the roadmap as typed: the stage it belongs to, its deadline, owner and expected result. */
@Introspected
@Serdeable
record RoadmapItemForm(
        @Nullable @NotBlank(message = "Выберите этап")
        @WholeNumber(min = 1, max = 7, message = "Этапов семь: выберите один из них") String stage,
        @Nullable @NotBlank(message = "Опишите мероприятие") @Size(max = 1000, message = "Не длиннее 1000 символов") String activity,
        @Nullable @NotBlank(message = "Укажите срок") @DateField(message = "Срок — дата в формате ДД.ММ.ГГГГ") String deadline,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String owner,
        @Nullable @Size(max = 1000, message = "Не длиннее 1000 символов") String expectedResult) {

    static RoadmapItemForm empty() {
        return new RoadmapItemForm("1", "", "", "", "");
    }

    static RoadmapItemForm of(int stage, Programmes.Item item) {
        return new RoadmapItemForm(String.valueOf(stage), item.activity(), item.deadline().toString(), item.owner(),
                item.expectedResult());
    }

    Programmes.SaveItem toCommand() {
        return new Programmes.SaveItem(Typed.whole(stage), Typed.text(activity), Typed.date(deadline),
                Typed.text(owner), Typed.text(expectedResult));
    }
}
