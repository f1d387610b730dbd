package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.model.pair.PairFormation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

final class PairCommands {

    private PairCommands() {
    }

    /** A pair (one mentee) or a group (several) with one mentor, formed one of three ways. */
    @Serdeable
    record FormPair(
            @NotNull(message = "Выберите наставника") UUID mentorId,
            @NotEmpty(message = "Выберите хотя бы одного наставляемого") @Size(max = 30, message = "В группе не больше 30 наставляемых")
            List<@NotNull(message = "Наставляемый не указан") UUID> menteeIds,
            @NotBlank(message = "Укажите форму наставничества") String form,
            @Nullable @Size(max = 300, message = "Вариант взаимодействия: не длиннее 300 символов") String variant,
            @NotNull(message = "Укажите дату начала работы пары") LocalDate startsOn,
            @NotNull(message = "Укажите дату окончания работы пары") LocalDate endsOn,
            @Nullable PairFormation how) {
    }

    /** The labour-law step of a teacher pair: ТК ст. 351.8 written consent and the additional agreement. */
    @Serdeable
    record LabourChecklist(
            @Nullable @Size(max = 100, message = "Реквизиты согласия: не длиннее 100 символов") String labourConsentRef,
            @Nullable LocalDate labourConsentOn,
            @Nullable @Size(max = 100, message = "Номер соглашения: не длиннее 100 символов") String agreementNumber,
            @Nullable LocalDate agreementOn,
            @Nullable @Size(max = 2000, message = "Содержание наставничества: не длиннее 2000 символов") String agreementContent,
            @Nullable @Size(max = 200, message = "Срок: не длиннее 200 символов") String agreementTerm,
            @Nullable @Size(max = 200, message = "Форма: не длиннее 200 символов") String agreementForm,
            @Nullable @Size(max = 200, message = "Доплата: не длиннее 200 символов") String paySupplement) {
    }

    @Serdeable
    record Decline(@Nullable @Size(max = 1000, message = "Причина отказа не длиннее 1000 символов") String reason) {
    }
}
