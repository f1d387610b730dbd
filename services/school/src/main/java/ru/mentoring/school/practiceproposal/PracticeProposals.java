package ru.mentoring.school.practiceproposal;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.model.practice.PracticeLevel;
import ru.mentoring.model.practice.PracticeProposalEvents;
import ru.mentoring.model.practice.PracticeProposalSource;
import ru.mentoring.model.practice.PracticeProposalV1;
import ru.mentoring.school.completion.PairEnding;
import ru.mentoring.school.completion.PairEndings;
import ru.mentoring.school.consent.Consent;
import ru.mentoring.school.consent.ConsentKind;
import ru.mentoring.school.consent.ConsentService;
import ru.mentoring.school.directory.DirectoryEntry;
import ru.mentoring.school.directory.MentorDirectory;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.meeting.MeetingService;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeKind;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairService;
import ru.mentoring.school.pair.PairSide;
import ru.mentoring.school.plan.PlanProgress;
import ru.mentoring.school.plan.PlanService;
import ru.mentoring.school.web.Refusal;
import ru.mentoring.support.outbox.Outbox;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A completed pair proposed to the practice library as a draft its mentor finishes there (ADR 0010). Every
 * person it names needs a distribution consent in force, else the proposal is refused naming them; a mentee
 * not named stays out of it. What leaves the school: the practice's facts (form, variant, term, meetings,
 * plan), the mentor as author, and each named mentee only as the consent's reference and the public form of
 * the name («Пётр А.»). Texts people wrote about a pupil pair never leave: only a teacher pair's results do.
 */
@Singleton
class PracticeProposals {

    private final PracticeProposalRepository proposals;
    private final PairService pairs;
    private final MenteeService mentees;
    private final ConsentService consents;
    private final PairEndings endings;
    private final PlanService plans;
    private final MeetingService meetings;
    private final MentorDirectory directory;
    private final FormTitles forms;
    private final Outbox outbox;
    private final Clock clock;

    PracticeProposals(PracticeProposalRepository proposals, PairService pairs, MenteeService mentees, ConsentService consents,
                      PairEndings endings, PlanService plans, MeetingService meetings, MentorDirectory directory,
                      FormTitles forms, Outbox outbox, Clock clock) {
        this.proposals = proposals;
        this.pairs = pairs;
        this.mentees = mentees;
        this.consents = consents;
        this.endings = endings;
        this.plans = plans;
        this.meetings = meetings;
        this.directory = directory;
        this.forms = forms;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ProposalCandidates candidates(PairParticipant who) {
        requireAuthor(who);
        Pair pair = who.pair();
        Optional<PracticeProposal> sent = proposals.findByPairIdAndSchoolId(pair.id(), pair.schoolId());
        List<ProposalCandidates.Person> people = new ArrayList<>();
        for (Mentee m : mentees.findAll(pair.schoolId(), pairs.menteeIds(pair.id()))) {
            Optional<Consent> consent = distribution(m);
            boolean minimal = who.outsideMentor() && (m.kind() == MenteeKind.PUPIL || m.minorOn(mentees.today().date()));
            people.add(new ProposalCandidates.Person(minimal ? null : m.id(), minimal ? m.firstName() : m.fullName(),
                    consent.map(Consent::id).orElse(null), consent.map(c -> publicName(m)).orElse(null)));
        }
        String why = pair.status() != PairStatus.COMPLETED ? "В библиотеку предлагается завершённая пара"
                : sent.isPresent() ? "Пара уже предложена в библиотеку практик" : null;
        return new ProposalCandidates(why == null, sent.map(PracticeProposal::id).orElse(null), why, people);
    }

    @Transactional
    UUID propose(PairParticipant who, ProposalController.Propose c) {
        requireAuthor(who);
        Pair pair = pairs.lock(who.pair().schoolId(), who.pair().id());
        if (pair.status() != PairStatus.COMPLETED) {
            throw new BusinessRuleException("Предложить в библиотеку практик можно только завершённую пару");
        }
        if (proposals.findByPairIdAndSchoolId(pair.id(), pair.schoolId()).isPresent()) {
            throw BusinessRuleException.conflict("Пара уже предложена в библиотеку практик: черновик ждёт автора там");
        }
        Refusal.Collector problems = Refusal.collect();
        problems.check(c.title() == null || c.title().isBlank(), "title", "Укажите название практики");
        List<Mentee> members = mentees.findAll(pair.schoolId(), pairs.menteeIds(pair.id()));
        Map<UUID, Mentee> byId = members.stream().collect(Collectors.toMap(Mentee::id, m -> m));
        Map<UUID, Consent> consentsById = new java.util.HashMap<>();
        for (Mentee m : members) {
            consents.of(pair.schoolId(), m.id()).forEach(consent -> consentsById.put(consent.id(), consent));
        }
        Set<UUID> named = new LinkedHashSet<>(c.participants() == null ? List.of() : c.participants());
        List<PracticeProposalV1.ConsentedParticipant> participants = new ArrayList<>();
        List<String> consentIds = new ArrayList<>();
        for (UUID ref : named) {
            Consent consent = consentsById.get(ref);
            Mentee person = consent != null ? byId.get(consent.menteeId()) : byId.get(ref);
            if (person == null) {
                problems.add("participants", "Участник не найден среди наставляемых пары");
                continue;
            }
            Optional<Consent> distribution = consent != null && consent.kind() == ConsentKind.DISTRIBUTION && consent.inForce()
                    ? Optional.of(consent) : distribution(person);
            if (distribution.isEmpty()) {
                problems.add("participants", "Нет согласия на распространение персональных данных: "
                        + shownName(who, person) + " — без него практика не может называть этого участника");
                continue;
            }
            consentIds.add(distribution.get().id().toString());
            participants.add(new PracticeProposalV1.ConsentedParticipant(distribution.get().id().toString(), publicName(person),
                    person.kind() == MenteeKind.TEACHER ? "наставляемый, молодой педагог" : "наставляемый"));
        }
        problems.throwIfAny();
        UUID proposalId = UUID.nameUUIDFromBytes(("school.pair:" + pair.id()).getBytes(StandardCharsets.UTF_8));
        proposals.save(new PracticeProposal(proposalId, pair.schoolId(), pair.id(), c.title().strip(), consentIds,
                who.actor(), null));
        var event = proposal(pair, proposalId, c.title().strip(), members, participants, who);
        outbox.append("practice-proposal", proposalId.toString(), PracticeProposalEvents.FROM_COMPLETED_PAIR,
                new EventEnvelope<>(UUID.randomUUID(), PracticeProposalEvents.FROM_COMPLETED_PAIR.name(),
                        PracticeProposalEvents.FROM_COMPLETED_PAIR.version(), pair.schoolId(), clock.instant(), event));
        return proposalId;
    }

    private PracticeProposalV1 proposal(Pair pair, UUID proposalId, String title, List<Mentee> members,
                                        List<PracticeProposalV1.ConsentedParticipant> participants, PairParticipant who) {
        PairEnding.CompletionView completion = endings.completion(pair.schoolId(), pair.id()).orElse(null);
        PlanProgress plan = plans.progress(pair.schoolId(), pair.id());
        int held = meetings.summary(pair.schoolId(), pair.id()).held();
        boolean teachers = members.stream().allMatch(m -> m.kind() == MenteeKind.TEACHER);
        Optional<DirectoryEntry> mentor = directory.visibleTo(pair.schoolId(), pair.mentorId());
        String description = "Наставническая " + (members.size() > 1 ? "группа" : "пара") + " в форме «"
                + forms.title(pair.form()) + "»" + (pair.variant() == null ? "" : " («" + pair.variant() + "»)")
                + " работала с " + pair.startsOn() + " по " + (pair.endedOn() == null ? pair.endsOn() : pair.endedOn())
                + ": проведено встреч — " + held + ", выполнено задач индивидуального плана — " + plan.done() + " из "
                + plan.total() + ".";
        return new PracticeProposalV1(proposalId, PracticeProposalSource.COMPLETED_PAIR, pair.id().toString(), pair.schoolId(),
                title, null, description, "Индивидуальный план развития, журнал встреч, взаимная оценка",
                teachers && completion != null ? completion.results() : null, forms.title(pair.form()), pair.variant(),
                teachers ? "молодые педагоги" : "обучающиеся", null,
                pair.startsOn().getMonthValue() >= 9 ? pair.startsOn().getYear() : pair.startsOn().getYear() - 1,
                PracticeLevel.SCHOOL,
                // the mentor's address only when the mentor proposes (their verified login): so they find the draft
                List.of(new PracticeProposalV1.ProposedAuthor(pair.mentorName(), pair.mentorId(),
                        who.is(PairSide.MENTOR) ? who.email() : null,
                        mentor.map(DirectoryEntry::position).orElse(null))),
                participants, "Предложено из завершённой пары " + (who.is(PairSide.MENTOR) ? "наставником" : "куратором")
                + ": допишите описание и проверьте, что в тексте и файлах нет персональных данных обучающихся");
    }

    private Optional<Consent> distribution(Mentee m) {
        return consents.of(m.schoolId(), m.id()).stream()
                .filter(c -> c.kind() == ConsentKind.DISTRIBUTION && c.inForce()).findFirst();
    }

    private String shownName(PairParticipant who, Mentee m) {
        return who.outsideMentor() && (m.kind() == MenteeKind.PUPIL || m.minorOn(mentees.today().date())) ? m.firstName()
                : m.fullName();
    }

    /** The name as a distribution consent lets a practice print it: the first name and the surname's initial. */
    static String publicName(Mentee m) {
        String[] parts = m.fullName().strip().split("\\s+");
        return parts.length >= 2 ? parts[1] + " " + parts[0].charAt(0) + "." : parts[0];
    }

    private static void requireAuthor(PairParticipant who) {
        if (who.is(PairSide.MENTEE)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Пару в библиотеку практик предлагают наставник или куратор");
        }
    }
}
