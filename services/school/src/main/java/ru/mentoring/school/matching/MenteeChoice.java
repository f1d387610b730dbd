package ru.mentoring.school.matching;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import ru.mentoring.school.account.MenteeAccounts;
import ru.mentoring.school.account.MenteeLogin;
import ru.mentoring.school.consent.ConsentService;
import ru.mentoring.school.directory.DirectoryEntry;
import ru.mentoring.school.directory.MentorDirectory;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.mentee.MenteeStatus;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairService;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Mutual choice by the mentee themself (issue 8: «the mentee, or the curator for them, picks from a
 * shortlist»): a mentee with a login sees their explained shortlist and picks a mentor; the pair then waits
 * for the mentor's answer exactly as when the curator picks with them. Open only to a mentee of the
 * school's base who is waiting for a mentor: not archived, with the processing consent in force, and with
 * no pair running or waiting.
 */
@Singleton
class MenteeChoice {

    static final int SHORTLIST = 5;

    private final MenteeAccounts accounts;
    private final MenteeService mentees;
    private final ConsentService consents;
    private final MatchingProposals proposals;
    private final PairService pairs;
    private final FormTitles forms;
    private final MentorDirectory directory;
    private final Today today;

    MenteeChoice(MenteeAccounts accounts, MenteeService mentees, ConsentService consents, MatchingProposals proposals,
                 PairService pairs, FormTitles forms, MentorDirectory directory, Today today) {
        this.accounts = accounts;
        this.mentees = mentees;
        this.consents = consents;
        this.proposals = proposals;
        this.pairs = pairs;
        this.forms = forms;
        this.directory = directory;
        this.today = today;
    }

    Shortlist shortlist(Caller caller) {
        MenteeLogin login = login(caller);
        Mentee mentee = mentee(login);
        Optional<String> closed = whyClosed(login, mentee);
        if (closed.isPresent()) {
            return new Shortlist(mentee.fullName(), closed.get(), List.of());
        }
        Set<String> suitable = suitableForms(login.schoolId(), mentee);
        List<MatchingProposals.Candidate> candidates = proposals.candidates(login.schoolId(), login.menteeId(), SHORTLIST);
        Map<UUID, DirectoryEntry> mentors = directory.visibleTo(login.schoolId(),
                        candidates.stream().map(MatchingProposals.Candidate::mentorId).toList())
                .stream().collect(Collectors.toMap(DirectoryEntry::id, m -> m));
        List<Offer> offers = candidates.stream().filter(c -> mentors.containsKey(c.mentorId()))
                .map(c -> new Offer(c, formsOf(mentors.get(c.mentorId()), suitable))).toList();
        return new Shortlist(mentee.fullName(), null, offers);
    }

    /** The forms both sides can work in: the mentor leads them and they suit the mentee this school year. */
    private List<Form> formsOf(DirectoryEntry mentor, Set<String> suitable) {
        return mentor.forms().stream().filter(suitable::contains).map(code -> new Form(code, forms.title(code))).toList();
    }

    Chosen choose(Caller caller, UUID mentorId, String form) {
        MenteeLogin login = login(caller);
        Mentee mentee = mentee(login);
        whyClosed(login, mentee).ifPresent(why -> {
            throw new BusinessRuleException(why);
        });
        DirectoryEntry mentor = directory.visibleTo(login.schoolId(), mentorId)
                .orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
        if (formsOf(mentor, suitableForms(login.schoolId(), mentee)).stream().noneMatch(f -> f.code().equals(form.strip()))) {
            throw new BusinessRuleException("Выберите форму наставничества из предложенных");
        }
        LocalDate start = today.date();
        Pair pair = pairs.chosenByMentee(login.schoolId(), login.menteeId(), mentorId, form.strip(), start,
                Today.endOfSchoolYear(start), caller.username());
        return new Chosen(pair.id(), pair.mentorName(), forms.title(pair.form()));
    }

    private Optional<String> whyClosed(MenteeLogin login, Mentee mentee) {
        if (mentee.status() == MenteeStatus.ARCHIVED) {
            return Optional.of("Вы в архиве школы: обратитесь к куратору");
        }
        for (Pair pair : pairs.runningPairsOf(login.schoolId(), login.menteeId())) {
            if (pair.status() == PairStatus.AWAITING_MENTOR || pair.status() == PairStatus.AWAITING_CONFIRMATION) {
                return Optional.of("Ваш выбор — " + pair.mentorName() + " — ждёт ответа: пока он не получен, выбрать другого наставника нельзя");
            }
            return Optional.of("У вас уже есть наставник: " + pair.mentorName());
        }
        if (consents.processingAllowed(login.schoolId(), List.of(login.menteeId())).isEmpty()) {
            return Optional.of("Чтобы выбрать наставника, нужно согласие на обработку персональных данных: обратитесь к куратору");
        }
        return Optional.empty();
    }

    private Set<String> suitableForms(String schoolId, Mentee mentee) {
        return SuitableForms.of(mentee.kind(), proposals.formsRun(schoolId));
    }

    private MenteeLogin login(Caller caller) {
        return accounts.of(caller).orElseThrow(() -> BusinessRuleException.notFound("Ваш вход не связан с базой наставляемых школы: обратитесь к куратору"));
    }

    private Mentee mentee(MenteeLogin login) {
        return mentees.find(login.schoolId(), login.menteeId())
                .orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
    }

    /** {@code closed}: why the mentee cannot choose now, else null and the offers. */
    @Serdeable
    record Shortlist(String fullName, @Nullable String closed, List<Offer> offers) {
    }

    /** A mentor of the shortlist, the score explained, and the forms the two can work in. */
    @Serdeable
    record Offer(MatchingProposals.Candidate candidate, List<Form> forms) {
    }

    @Serdeable
    record Form(String code, String title) {
    }

    @Serdeable
    record Chosen(UUID pairId, String mentorName, String formTitle) {
    }
}
