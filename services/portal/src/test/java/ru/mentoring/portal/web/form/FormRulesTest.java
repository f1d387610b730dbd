package ru.mentoring.portal.web.form;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.beans.BeanIntrospection;
import io.micronaut.core.beans.BeanIntrospector;
import io.micronaut.core.beans.BeanProperty;
import jakarta.validation.Constraint;
import org.junit.jupiter.api.Test;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.BackendProblem;
import ru.mentoring.portal.testing.PortalHarness;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The checks a form runs in the portal, and the rule that each of them speaks Russian. */
class FormRulesTest {

    private final FormFlow flow = PortalHarness.get().bean(FormFlow.class);

    @Introspected
    record Sample(@DateField(message = "Дата — в формате ДД.ММ.ГГГГ") String day,
                  @WholeNumber(min = 1, max = 50, message = "Целое число от 1 до 50") String seats,
                  @EmailField(message = "Адрес указан неверно") String email) {
    }

    @Test
    void everyConstraintOnAPortalFormHasItsOwnRussianMessage() {
        Collection<BeanIntrospection<Object>> forms = BeanIntrospector.SHARED.findIntrospections(
                reference -> reference.getBeanType().getName().startsWith("ru.mentoring.portal."));
        List<String> unsaid = new ArrayList<>();
        int constraints = 0;
        for (BeanIntrospection<Object> form : forms) {
            for (BeanProperty<Object, Object> property : form.getBeanProperties()) {
                for (var type : property.getAnnotationTypesByStereotype(Constraint.class)) {
                    constraints++;
                    String message = property.stringValue(type, "message").orElse("");
                    if (message.startsWith("{") || message.chars().noneMatch(c -> c >= 'А' && c <= 'я')) {
                        unsaid.add(form.getBeanType().getSimpleName() + "." + property.getName() + " @"
                                + type.getSimpleName() + ": " + message);
                    }
                }
            }
        }
        assertThat(constraints).as("constraints found on the portal's forms").isGreaterThan(30);
        assertThat(unsaid).as("constraints whose message is the English default").isEmpty();
    }

    @Test
    void datesAndNumbersAreCheckedAsTheFormTypedThem() {
        assertThat(flow.check(new Sample("2026-09-01", "50", "ivanova@school1.ru")).isEmpty()).isTrue();
        assertThat(flow.check(new Sample("01.09.2026", " 1 ", null)).isEmpty()).isTrue();
        assertThat(flow.check(new Sample("", null, "")).isEmpty()).as("empty is left to @NotBlank").isTrue();
        FormErrors errors = flow.check(new Sample("31.02.2026", "51", "ivanova@"));
        assertThat(errors.of("day")).containsExactly("Дата — в формате ДД.ММ.ГГГГ");
        assertThat(errors.of("seats")).containsExactly("Целое число от 1 до 50");
        assertThat(errors.of("email")).containsExactly("Адрес указан неверно");
        assertThat(flow.check(new Sample("вчера", "два", "нет")).all()).extracting(FormErrors.FieldError::field)
                .as("in the order of the form's fields").containsExactly("day", "seats", "email");
    }

    @Test
    void refusalWithoutFieldErrorsIsSaidAboveTheFormAndEnglishNeverShows() {
        var rejected = new BackendException.Rejected("Банк наставников", 409,
                new BackendProblem("Conflict", "No enum constant MentorKind.XYZ", null));

        FormErrors errors = FormErrors.refused(Object.class, rejected);

        assertThat(errors.all()).containsExactly(new FormErrors.FieldError(null,
                "Сервис «Банк наставников» отклонил запрос."));
        assertThat(errors.status()).isEqualTo(409);
        assertThat(errors.heading()).isEqualTo("Не удалось выполнить действие");
        assertThat(errors.text()).isEqualTo("Сервис «Банк наставников» отклонил запрос.");
    }
}
