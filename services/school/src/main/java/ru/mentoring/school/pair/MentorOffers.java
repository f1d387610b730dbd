package ru.mentoring.school.pair;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.model.mentor.AccountKey;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;
import java.util.UUID;

/**
 * A mentor's decisions on pairs mentees chose them for. Row-level security lets the mentor read the
 * pairs they lead (matched by the key of their login); the decision itself is then carried out within
 * that pair's school, for that pair only.
 */
@Singleton
class MentorOffers {

    private final PairRepository pairs;
    private final PairService service;
    private final MenteeService mentees;
    private final FormTitles forms;
    private final Transactions tx;

    MentorOffers(PairRepository pairs, PairService service, MenteeService mentees, FormTitles forms, Transactions tx) {
        this.pairs = pairs;
        this.service = service;
        this.mentees = mentees;
        this.forms = forms;
        this.tx = tx;
    }

    List<MentorOffersController.Offer> pending(Caller mentor) {
        return tx.read(() -> pairs.findByMentorAccountKeyOrderByCreatedAtDesc(key(mentor))).stream()
                .filter(p -> p.status() == PairStatus.AWAITING_MENTOR)
                .map(this::offer).toList();
    }

    MentorOffersController.Offer accept(Caller mentor, UUID pairId) {
        Pair pair = led(mentor, pairId);
        return offer(Tenancy.run(Tenant.school(pair.schoolId()), () -> tx.write(() -> service.acceptAsMentor(pair))));
    }

    MentorOffersController.Offer decline(Caller mentor, UUID pairId, @Nullable String reason) {
        Pair pair = led(mentor, pairId);
        return offer(Tenancy.run(Tenant.school(pair.schoolId()), () -> tx.write(() -> service.declineAsMentor(pair, reason))));
    }

    private Pair led(Caller mentor, UUID pairId) {
        String key = key(mentor);
        return tx.read(() -> pairs.findById(pairId)).filter(p -> key.equals(p.mentorAccountKey()))
                .orElseThrow(() -> BusinessRuleException.notFound("Предложение не найдено"));
    }

    private MentorOffersController.Offer offer(Pair pair) {
        List<MentorOffersController.MinimalCard> cards = Tenancy.run(Tenant.school(pair.schoolId()), () -> tx.read(() ->
                mentees.findAll(pair.schoolId(), service.menteesOf(pair.id())).stream()
                        .map(m -> new MentorOffersController.MinimalCard(m.firstName(), m.grade())).toList()));
        return new MentorOffersController.Offer(pair.id(), pair.schoolId(), forms.title(pair.form()), pair.startsOn(),
                pair.endsOn(), PairView.statusTitle(pair.status()), cards);
    }

    private static String key(Caller mentor) {
        return AccountKey.of(mentor.email().orElseThrow(() -> BusinessRuleException.notFound(
                "В учётной записи нет e-mail: профиль наставника не найден")));
    }
}
