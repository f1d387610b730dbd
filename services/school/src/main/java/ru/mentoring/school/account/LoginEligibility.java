package ru.mentoring.school.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.consent.Consent;
import ru.mentoring.school.consent.ConsentKind;
import ru.mentoring.school.consent.ConsentService;
import ru.mentoring.school.consent.Signer;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.mentee.MenteeStatus;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Who may be given a login, said all at once: what the school's own records can tell before Keycloak is asked. */
@Singleton
class LoginEligibility {

    static final String ARCHIVED = "Наставляемый в архиве: вход не выдаётся";
    static final String NO_GUARDIAN_CONSENT = "Несовершеннолетнему вход выдаётся только при действующем согласии "
            + "на обработку персональных данных, подписанном родителем (законным представителем)";

    private final MenteeService mentees;
    private final ConsentService consents;
    private final MenteeAccountRepository accounts;
    private final Today today;

    LoginEligibility(MenteeService mentees, ConsentService consents, MenteeAccountRepository accounts, Today today) {
        this.mentees = mentees;
        this.consents = consents;
        this.accounts = accounts;
        this.today = today;
    }

    record Check(Mentee mentee, Optional<MenteeAccount> current, List<String> problems) {
    }

    @Transactional(readOnly = true)
    Check check(String schoolId, UUID menteeId, String email, String accountKey) {
        Mentee mentee = requireMentee(schoolId, menteeId);
        Optional<MenteeAccount> current = accounts.findByMenteeIdAndSchoolId(menteeId, schoolId);
        List<String> problems = new ArrayList<>();
        if (mentee.status() == MenteeStatus.ARCHIVED) {
            problems.add(ARCHIVED);
        }
        if (mentee.minorOn(today.date()) && !guardianConsentInForce(schoolId, menteeId)) {
            problems.add(NO_GUARDIAN_CONSENT);
        }
        current.filter(MenteeAccount::active).ifPresent(a -> problems.add("У наставляемого уже есть вход: " + a.email()
                + ". Чтобы выдать другой, сначала отключите этот"));
        if (current.filter(MenteeAccount::active).isEmpty()) {
            accounts.findByAccountKey(accountKey).filter(a -> !a.menteeId().equals(menteeId))
                    .ifPresent(a -> problems.add(emailUsed(email)));
        }
        return new Check(mentee, current, problems);
    }

    /** A minor's login rests on the guardian's processing consent: it must be in force now. */
    @Transactional(readOnly = true)
    boolean guardianConsentInForce(String schoolId, UUID menteeId) {
        return consents.of(schoolId, menteeId).stream().anyMatch(LoginEligibility::guardianProcessing);
    }

    /** 404 for a mentee the school does not have, exactly as for one that does not exist. */
    @Transactional(readOnly = true)
    Mentee requireMentee(String schoolId, UUID menteeId) {
        return mentees.find(schoolId, menteeId).orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
    }

    @Transactional(readOnly = true)
    boolean minor(String schoolId, UUID menteeId) {
        return mentees.find(schoolId, menteeId).map(m -> m.minorOn(today.date())).orElse(false);
    }

    private static boolean guardianProcessing(Consent c) {
        return c.kind() == ConsentKind.PROCESSING && c.inForce() && c.signedBy() == Signer.GUARDIAN;
    }

    static String emailUsed(String email) {
        return "Адрес " + email + " уже используется для входа в платформу: укажите другой";
    }
}
