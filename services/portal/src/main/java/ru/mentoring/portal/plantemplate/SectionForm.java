package ru.mentoring.portal.plantemplate;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A section of a plan template renamed: the code stays, so plans made from it keep their sections. */
@Introspected
@Serdeable
record SectionForm(@Nullable @NotBlank(message = "Укажите название раздела")
                   @Size(max = 300, message = "Не длиннее 300 символов") String title) {
}
