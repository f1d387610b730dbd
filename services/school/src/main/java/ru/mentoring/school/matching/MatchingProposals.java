package ru.mentoring.school.matching;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.consent.ConsentService;
import ru.mentoring.school.directory.DirectoryEntry;
import ru.mentoring.school.directory.MentorDirectory;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.matching.engine.CohortResult;
import ru.mentoring.school.matching.engine.MatchingEngine;
import ru.mentoring.school.matching.engine.MenteeProfile;
import ru.mentoring.school.matching.engine.MentorProfile;
import ru.mentoring.school.matching.engine.Proposal;
import ru.mentoring.school.matching.engine.Reason;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.mentee.MenteeService;
import ru.mentoring.school.mentee.MenteeStatus;
import ru.mentoring.school.mentee.RequestCategories;
import ru.mentoring.school.mentee.RequestCategory;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.pair.PairView;
import ru.mentoring.school.pair.PairViews;
import ru.mentoring.school.programme.Programme;
import ru.mentoring.school.programme.ProgrammeService;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The school's questionnaire matching: reads the mentees waiting for a mentor, the mentors the school
 * may ask for (their seats less those held by pairs still waiting for the bank) and the school's
 * weights, lets the engine propose, and names everyone in the answer.
 */
@Singleton
class MatchingProposals {

    private final MatchingEngine engine;
    private final MatchingSettings settings;
    private final MenteeService mentees;
    private final ConsentService consents;
    private final RequestCategories categories;
    private final MentorDirectory directory;
    private final PairViews pairs;
    private final ProgrammeService programmes;
    private final FormTitles forms;

    MatchingProposals(MatchingEngine engine, MatchingSettings settings, MenteeService mentees, ConsentService consents,
                      RequestCategories categories, MentorDirectory directory, PairViews pairs,
                      ProgrammeService programmes, FormTitles forms) {
        this.engine = engine;
        this.settings = settings;
        this.mentees = mentees;
        this.consents = consents;
        this.categories = categories;
        this.directory = directory;
        this.pairs = pairs;
        this.programmes = programmes;
        this.forms = forms;
    }

    /** The best assignment of the asked mentees (none asked: every candidate with consent) to free mentors. */
    @Transactional // the school's request map is written with its defaults on first use
    Proposals cohort(String schoolId, Collection<UUID> asked) {
        School school = load(schoolId);
        List<Mentee> people = asked.isEmpty()
                ? mentees.search(schoolId, MenteeStatus.CANDIDATE, null, null, null)
                : mentees.findAll(schoolId, new java.util.LinkedHashSet<>(asked));
        if (people.size() != new HashSet<>(asked).size() && !asked.isEmpty()) {
            throw BusinessRuleException.notFound("Наставляемый не найден");
        }
        Set<UUID> consented = consents.processingAllowed(schoolId, people.stream().map(Mentee::id).toList());
        List<Unassigned> unassigned = new ArrayList<>();
        List<MenteeProfile> cohort = new ArrayList<>();
        Map<UUID, Mentee> byId = new LinkedHashMap<>();
        for (Mentee mentee : people) {
            byId.put(mentee.id(), mentee);
            String why = whyNotMatched(mentee, consented, school);
            if (why != null) {
                if (!asked.isEmpty()) {
                    unassigned.add(new Unassigned(mentee.id(), mentee.fullName(), why));
                }
                continue;
            }
            cohort.add(school.profile(mentee));
        }
        Map<UUID, Set<UUID>> rejected = settings.rejected(schoolId, byId.keySet());
        CohortResult result = engine.matchCohort(cohort, school.mentors, school.weights,
                MatchingEngine.CANDIDATES_PER_MENTEE, rejected);
        List<Offered> items = result.items().stream()
                .map(p -> new Offered(p.menteeId(), byId.get(p.menteeId()).fullName(), p.mentorId(),
                        school.mentorNames.get(p.mentorId()), p.score(), p.reasons()))
                .toList();
        for (UUID id : result.unassigned()) {
            Mentee mentee = byId.get(id);
            unassigned.add(new Unassigned(id, mentee.fullName(), school.whyNoMentor(school.profile(mentee))));
        }
        return new Proposals(items, unassigned, result.totalScore());
    }

    /** The n best mentors for one mentee, explained: «другой наставник» and the shortlist of mutual choice. */
    @Transactional
    List<Candidate> candidates(String schoolId, UUID menteeId, int n) {
        Mentee mentee = mentees.find(schoolId, menteeId)
                .orElseThrow(() -> BusinessRuleException.notFound("Наставляемый не найден"));
        School school = load(schoolId);
        Set<UUID> rejected = settings.rejected(schoolId, List.of(menteeId)).getOrDefault(menteeId, Set.of());
        List<Proposal> best = engine.proposeFor(school.profile(mentee), school.mentors, school.weights, n, rejected);
        return best.stream()
                .map(p -> new Candidate(p.mentorId(), school.mentorNames.get(p.mentorId()), p.score(), p.reasons()))
                .toList();
    }

    /** The forms the school's programme of this year runs; without a programme (or forms in it), every form. */
    List<String> formsRun(String schoolId) {
        return programmes.current(schoolId).map(Programme::forms).filter(f -> !f.isEmpty()).map(List::copyOf)
                .orElseGet(() -> List.copyOf(forms.all().keySet()));
    }

    private School load(String schoolId) {
        Collection<String> runs = formsRun(schoolId);
        Map<String, String> categoryTitles = categories.of(schoolId).stream()
                .collect(Collectors.toMap(c -> c.key().code(), RequestCategory::title, (a, b) -> a));
        Map<UUID, Integer> held = new HashMap<>();
        Set<UUID> inPairs = new HashSet<>();
        for (PairView pair : pairs.allOf(schoolId)) {
            boolean waiting = pair.status() == PairStatus.AWAITING_MENTOR
                    || pair.status() == PairStatus.AWAITING_CONFIRMATION;
            if (waiting) {
                held.merge(pair.mentorId(), pair.mentees().size(), Integer::sum);
            }
            if (waiting || pair.status() == PairStatus.ACTIVE) {
                pair.mentees().forEach(m -> inPairs.add(m.id()));
            }
        }
        List<MentorProfile> mentors = new ArrayList<>();
        Map<UUID, String> names = new HashMap<>();
        for (DirectoryEntry e : directory.candidates(schoolId)) {
            int free = e.freeSeats() - held.getOrDefault(e.id(), 0);
            if (free > 0) {
                // strengths in the mentor's own words (not yet in the catalogue) are strengths all the same
                List<String> strengths = e.ownStrengths().isEmpty() ? e.strengths()
                        : Stream.concat(e.strengths().stream(), e.ownStrengths().stream()).toList();
                mentors.add(new MentorProfile(e.id(), e.fullName(), strengths, Set.copyOf(e.forms()), e.subjects(),
                        e.preferredMenteeAge(), e.timeAvailable(), free, schoolId.equals(e.homeSchoolId())));
                names.put(e.id(), e.fullName());
            }
        }
        return new School(runs, categoryTitles, inPairs, mentors, names, settings.weights(schoolId).forEngine(),
                mentees.today().date());
    }

    private static String whyNotMatched(Mentee mentee, Set<UUID> consented, School school) {
        if (mentee.status() == MenteeStatus.ARCHIVED) {
            return "В архиве";
        }
        if (mentee.status() != MenteeStatus.CANDIDATE || school.inPairs.contains(mentee.id())) {
            return "Уже в паре";
        }
        if (!consented.contains(mentee.id())) {
            return "Нет согласия на обработку персональных данных";
        }
        return null;
    }

    /** What one school's matching reads once per request. */
    private record School(Collection<String> programmeForms, Map<String, String> categoryTitles, Set<UUID> inPairs,
                          List<MentorProfile> mentors, Map<UUID, String> mentorNames,
                          ru.mentoring.school.matching.engine.Weights weights, LocalDate today) {

        MenteeProfile profile(Mentee m) {
            return new MenteeProfile(m.id(), m.kind(), m.ageOn(today), m.gradeNumber(), m.subject(),
                    m.requestCategory() == null ? null : categoryTitles.getOrDefault(m.requestCategory(), null),
                    m.request(), SuitableForms.of(m.kind(), programmeForms), m.availableTime());
        }

        String whyNoMentor(MenteeProfile mentee) {
            if (mentee.acceptableForms().isEmpty()) {
                return "Программа школы не ведёт форм наставничества для этого наставляемого";
            }
            boolean anyFree = mentors.stream()
                    .anyMatch(m -> m.forms().stream().anyMatch(mentee.acceptableForms()::contains));
            return anyFree
                    ? "Свободные наставники подходящей формы достались тем, кому они подходят больше"
                    : "Нет наставника подходящей формы со свободным местом";
        }
    }

    @Serdeable
    record Proposals(List<Offered> items, List<Unassigned> unassigned, long totalScore) {
    }

    @Serdeable
    record Offered(UUID menteeId, String menteeName, UUID mentorId, String mentorName, int score,
                   List<Reason> reasons) {
    }

    @Serdeable
    record Unassigned(UUID menteeId, String menteeName, String why) {
    }

    @Serdeable
    record Candidate(UUID mentorId, String mentorName, int score, List<Reason> reasons) {
    }
}
