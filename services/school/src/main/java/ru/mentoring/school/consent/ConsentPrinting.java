package ru.mentoring.school.consent;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeKind;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.profile.SchoolProfiles;
import ru.mentoring.school.web.Downloads;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.LocalDate;
import java.util.UUID;

/** Gathers what a consent document needs and hands it out as PDF or DOCX. */
@Singleton
class ConsentPrinting {

    private final ConsentService consents;
    private final MenteeService mentees;
    private final SchoolProfiles profiles;
    private final ConsentDocuments documents;
    private final Today today;

    ConsentPrinting(ConsentService consents, MenteeService mentees, SchoolProfiles profiles, ConsentDocuments documents,
                    Today today) {
        this.consents = consents;
        this.mentees = mentees;
        this.profiles = profiles;
        this.documents = documents;
        this.today = today;
    }

    @Transactional(readOnly = true)
    HttpResponse<byte[]> form(String schoolId, UUID menteeId, ConsentKind kind, @Nullable String format,
                              @Nullable String partner) {
        Mentee mentee = mentee(schoolId, menteeId);
        LocalDate day = today.date();
        Integer age = mentee.ageOn(day);
        boolean coSign = mentee.kind() == MenteeKind.PUPIL && age != null && age >= ConsentService.CO_SIGNING_AGE;
        return Downloads.document(documents.form(kind, mentee, profiles.of(schoolId), mentee.minorOn(day), coSign,
                partner == null || partner.isBlank() ? null : partner.strip()), format, "Согласие " + kind.title());
    }

    @Transactional(readOnly = true)
    HttpResponse<byte[]> recorded(String schoolId, UUID consentId, @Nullable String format) {
        Consent consent = consents.own(schoolId, consentId);
        return Downloads.document(documents.recorded(consent, mentee(schoolId, consent.menteeId()), profiles.of(schoolId)),
                format, "Согласие " + consent.kind().title());
    }

    private Mentee mentee(String schoolId, UUID menteeId) {
        return mentees.find(schoolId, menteeId).orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
    }
}
