package ru.mentoring.portal.mentee;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.MenteeLogins;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.form.FormErrors;

/**
 * The «Вход в платформу» block of a mentee's card: the login in force with the way to switch it off, or
 * the form «Выдать вход» (a refused one with its reasons under the address). {@code unknown} when the
 * school service could not say.
 */
public record LoginSection(boolean unknown, boolean active, @Nullable String email, @Nullable String username,
                           @Nullable String state, MenteeLoginForm form, FormErrors errors, boolean minor) {

    static LoginSection of(@Nullable MenteeLogins.Login login, boolean minor, MenteeLoginForm form, FormErrors errors) {
        if (login == null) {
            return new LoginSection(false, false, null, null, null, form, errors, minor);
        }
        String state = login.active() ? "действует с " + Dates.moment(login.createdAt())
                : "отключён " + Dates.moment(login.disabledAt());
        return new LoginSection(false, login.active(), login.email(), login.username(), state,
                errors.isEmpty() && !login.active() ? new MenteeLoginForm(login.email()) : form, errors, minor);
    }

    static LoginSection none(boolean minor) {
        return of(null, minor, MenteeLoginForm.empty(), FormErrors.none());
    }

    static LoginSection unknown(boolean minor) {
        return new LoginSection(true, false, null, null, null, MenteeLoginForm.empty(), FormErrors.none(), minor);
    }

    /** A login other than its e-mail (the demo's) is worth saying. */
    public boolean otherUsername() {
        return username != null && !username.equalsIgnoreCase(email);
    }
}
