package ru.mentoring.portal.completion;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.school.Completions;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

/** The mentor's or the mentee's own assessment of the pair's work: a score of 1 to 10 and a few words. */
@Introspected
@Serdeable
record AssessmentForm(
        @Nullable @NotBlank(message = "Поставьте оценку от 1 до 10")
        @WholeNumber(min = 1, max = 10, message = "Оценка — целое число от 1 до 10") String score,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String text) {

    static AssessmentForm empty() {
        return new AssessmentForm("", "");
    }

    /** The assessment given before: giving it again replaces it. */
    static AssessmentForm of(@Nullable Integer score, @Nullable String text) {
        return new AssessmentForm(score == null ? "" : score.toString(), text == null ? "" : text);
    }

    Completions.Assessment toCommand() {
        return new Completions.Assessment(Typed.whole(score), Typed.text(text));
    }

    @Nullable
    static String field(String reason) {
        return reason.contains("оценк") ? "score" : null;
    }
}
