package ru.mentoring.school.consent;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeKind;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The school's record of personal-data consents, and what other features may ask of it. */
@Singleton
public class ConsentService {

    static final int CO_SIGNING_AGE = 14;

    private final ConsentRepository consents;
    private final ConsentQueries queries;
    private final MenteeService mentees;
    private final ApplicationEventPublisher<ConsentWithdrawn> withdrawals;
    private final ConsentPublisher publisher;
    private final Today today;

    ConsentService(ConsentRepository consents, ConsentQueries queries, MenteeService mentees,
                   ApplicationEventPublisher<ConsentWithdrawn> withdrawals, ConsentPublisher publisher, Today today) {
        this.consents = consents;
        this.queries = queries;
        this.mentees = mentees;
        this.withdrawals = withdrawals;
        this.publisher = publisher;
        this.today = today;
    }

    @Transactional
    Consent record(String schoolId, UUID menteeId, RecordConsentCommand c) {
        Mentee mentee = mentees.find(schoolId, menteeId).orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
        LocalDate day = today.date();
        List<String> problems = new ArrayList<>();
        if (c.kind() == ConsentKind.TRANSFER && blank(c.partnerOrganisation()) == null) {
            problems.add("Укажите организацию-партнёра, которой передаются данные");
        }
        if (mentee.minorOn(day) && c.signedBy() == Signer.SELF) {
            problems.add("За несовершеннолетнего согласие подписывает родитель или законный представитель");
        }
        if (Boolean.TRUE.equals(c.coSignedByPupil())) {
            Integer age = mentee.ageOn(day);
            if (mentee.kind() != MenteeKind.PUPIL || c.signedBy() != Signer.GUARDIAN) {
                problems.add("Вторая подпись обучающегося ставится только рядом с подписью родителя");
            } else if (age == null) {
                problems.add("Укажите дату рождения наставляемого: подпись обучающегося возможна с 14 лет");
            } else if (age < CO_SIGNING_AGE) {
                problems.add("Обучающийся моложе 14 лет не подписывает согласие сам");
            }
        }
        if (queries.inForce(schoolId, c.kind(), List.of(menteeId)).contains(menteeId)) {
            problems.add("Согласие «" + c.kind().title() + "» уже действует: чтобы записать новое, отзовите прежнее");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        Consent recorded = consents.save(new Consent(UUID.randomUUID(), schoolId, menteeId, c.kind(), c.kind().currentText(),
                c.signedBy(), c.signerName().strip(), Boolean.TRUE.equals(c.coSignedByPupil()),
                c.kind() == ConsentKind.TRANSFER ? blank(c.partnerOrganisation()) : null, c.signedOn(), null, null, null));
        publisher.publish(recorded);
        return recorded;
    }

    /** Acts at once: the features relying on the consent hear of it in this very transaction. */
    @Transactional
    Consent withdraw(String schoolId, UUID consentId, @Nullable LocalDate on, @Nullable String reason) {
        Consent consent = consents.findByIdAndSchoolIdForUpdate(consentId, schoolId)
                .orElseThrow(() -> BusinessRuleException.notFound("Согласие не найдено"));
        if (!consent.inForce()) {
            throw BusinessRuleException.conflict("Согласие уже отозвано");
        }
        LocalDate day = on == null ? today.date() : on;
        if (day.isBefore(consent.signedOn())) {
            throw new BusinessRuleException("Согласие не может быть отозвано раньше, чем подписано");
        }
        if (day.isAfter(today.date())) {
            throw new BusinessRuleException("Дата отзыва не может быть в будущем");
        }
        Consent withdrawn = consents.update(consent.withdrawn(day, blank(reason)));
        publisher.publish(withdrawn);
        withdrawals.publishEvent(new ConsentWithdrawn(schoolId, consent.menteeId(), consent.kind()));
        return withdrawn;
    }

    @Transactional(readOnly = true)
    public List<Consent> of(String schoolId, UUID menteeId) {
        return consents.findBySchoolIdAndMenteeIdOrderBySignedOnDesc(schoolId, menteeId);
    }

    @Transactional(readOnly = true)
    Consent own(String schoolId, UUID consentId) {
        return consents.findById(consentId).filter(c -> c.schoolId().equals(schoolId))
                .orElseThrow(() -> BusinessRuleException.notFound("Согласие не найдено"));
    }

    /** Which of these mentees may be processed at all: only they may be matched or paired. */
    @Transactional(readOnly = true)
    public Set<UUID> processingAllowed(String schoolId, Collection<UUID> menteeIds) {
        return queries.inForce(schoolId, ConsentKind.PROCESSING, menteeIds);
    }

    @Transactional(readOnly = true)
    public Set<UUID> processingAllowed(String schoolId) {
        return queries.allInForce(schoolId, ConsentKind.PROCESSING);
    }

    @Transactional(readOnly = true)
    public Set<UUID> inForce(String schoolId, ConsentKind kind, Collection<UUID> menteeIds) {
        return queries.inForce(schoolId, kind, menteeIds);
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
