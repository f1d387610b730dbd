package ru.mentoring.portal.catalogue;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The small forms of the catalogue pages, each field as typed. */
final class CatalogueForms {

    private CatalogueForms() {
    }

    /** A new entry, a new title, a new variant. */
    @Introspected
    @Serdeable
    record TitleForm(@Nullable @NotBlank(message = "Укажите название")
                     @Size(max = 200, message = "Название не длиннее 200 символов") String title) {
    }

    @Introspected
    @Serdeable
    record VariantRename(@Nullable @NotBlank(message = "Не выбран вариант") String title,
                         @Nullable @NotBlank(message = "Укажите новое название варианта")
                         @Size(max = 200, message = "Название не длиннее 200 символов") String newTitle) {
    }

    /** A school's phrase and the competency it means. */
    @Introspected
    @Serdeable
    record Mapping(@Nullable @NotBlank(message = "Не выбрана формулировка") String phrase,
                   @Nullable @NotBlank(message = "Выберите компетенцию из справочника") String competencyCode) {
    }

    /** A school's phrase that becomes a competency of its own, under the title given or as written. */
    @Introspected
    @Serdeable
    record Addition(@Nullable @NotBlank(message = "Не выбрана формулировка") String phrase,
                    @Nullable @Size(max = 200, message = "Название не длиннее 200 символов") String title) {
    }
}
