package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.UUID;

/** The mentor form's page with the catalogues it picks from, retired entries included for what a mentor holds. */
@Singleton
class MentorForms {

    private final MentorBankClient bank;
    private final Catalogues catalogues;

    MentorForms(MentorBankClient bank, Catalogues catalogues) {
        this.bank = bank;
        this.catalogues = catalogues;
    }

    MentorFormPage of(@Nullable UUID id, ProfileForm form, FormErrors errors) {
        return MentorFormPage.of(id, form, errors, catalogues.schools(),
                bank.wholeList(Catalogues.COMPETENCIES, true).list(), bank.wholeList(Catalogues.FORMS, true).list(),
                bank.wholeList(Catalogues.FORMATS, true).list());
    }
}
