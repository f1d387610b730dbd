package ru.mentoring.portal.mentee;

import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.consent.ConsentSection;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.UUID;

/** Gathers a mentee's card from the school service: the mentee, consents, pairs and the login. */
@Singleton
class MenteeCards {

    private final SchoolClient school;

    MenteeCards(SchoolClient school) {
        this.school = school;
    }

    MenteeCard card(UUID id) {
        return card(id, MenteeLoginForm.empty(), FormErrors.none());
    }

    /** The card with the «Выдать вход» form as the curator left it. */
    MenteeCard card(UUID id, MenteeLoginForm form, FormErrors errors) {
        Mentees.Mentee mentee = school.mentee(id);
        return MenteeCard.of(mentee, ConsentSection.of(id, school.consents(id).list()), school.pairs(null).list(),
                login(id, mentee.minor(), form, errors));
    }

    /** No login answers 404; a service that cannot say leaves the rest of the card readable. */
    private LoginSection login(UUID id, boolean minor, MenteeLoginForm form, FormErrors errors) {
        try {
            return LoginSection.of(school.menteeLogin(id), minor, form, errors);
        } catch (BackendException.Rejected rejected) {
            return rejected.status() == 404 ? LoginSection.of(null, minor, form, errors) : LoginSection.unknown(minor);
        } catch (BackendException.Unavailable unavailable) {
            return LoginSection.unknown(minor);
        }
    }
}
