package ru.mentoring.portal.programme;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Programmes;
import ru.mentoring.portal.web.form.Typed;

/** The school as its documents name it, and who signs its orders. */
@Introspected
@Serdeable
record SchoolProfileForm(
        @Nullable @NotBlank(message = "Укажите полное название школы") @Size(max = 500, message = "Не длиннее 500 символов") String fullName,
        @Nullable @NotBlank(message = "Укажите краткое название школы") @Size(max = 200, message = "Не длиннее 200 символов") String shortName,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String directorName,
        @Nullable @Size(max = 500, message = "Не длиннее 500 символов") String address) {

    static SchoolProfileForm of(Programmes.SchoolProfile p) {
        return new SchoolProfileForm(p.fullName(), p.shortName(), p.directorName(), p.address());
    }

    Programmes.SaveProfile toCommand() {
        return new Programmes.SaveProfile(Typed.text(fullName), Typed.text(shortName), Typed.text(directorName),
                Typed.text(address));
    }
}
