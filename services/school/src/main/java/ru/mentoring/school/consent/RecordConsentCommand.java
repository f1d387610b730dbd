package ru.mentoring.school.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** A signed consent as the curator records it from the paper. */
@Serdeable
record RecordConsentCommand(
        @NotNull(message = "Укажите вид согласия: PROCESSING, DISTRIBUTION или TRANSFER") ConsentKind kind,
        @NotNull(message = "Укажите, кто подписал согласие") Signer signedBy,
        @NotBlank(message = "Укажите ФИО подписавшего") @Size(max = 200, message = "ФИО подписавшего не длиннее 200 символов") String signerName,
        @Nullable Boolean coSignedByPupil,
        @Nullable @Size(max = 300, message = "Организация-партнёр: не длиннее 300 символов") String partnerOrganisation,
        @NotNull(message = "Укажите дату подписания") @PastOrPresent(message = "Дата подписания не может быть в будущем") LocalDate signedOn) {
}
