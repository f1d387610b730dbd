package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

/** A year of a yearly event before the platform, as the methodist copies it from the old registration sheets. */
@Introspected
@Serdeable
record HistoryForm(
        @Nullable @NotBlank(message = "Укажите год")
        @WholeNumber(min = 2000, max = 2100, message = "Год — четыре цифры, не раньше 2000") String year,
        @Nullable @NotBlank(message = "Укажите число участников")
        @WholeNumber(min = 0, max = 100000, message = "Участников — целое число, не меньше нуля") String participants,
        @Nullable @WholeNumber(min = 0, max = 10000, message = "Школ — целое число, не меньше нуля") String schools) {

    static HistoryForm empty() {
        return new HistoryForm("", "", "");
    }

    Events.History toCommand() {
        return new Events.History(Typed.whole(year), Typed.whole(participants), Typed.whole(schools));
    }
}
