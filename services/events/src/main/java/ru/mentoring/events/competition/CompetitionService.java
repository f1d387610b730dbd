package ru.mentoring.events.competition;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import jakarta.inject.Singleton;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventKind;
import ru.mentoring.events.event.EventService;
import ru.mentoring.events.notice.NoticeKind;
import ru.mentoring.events.notice.Notices;
import ru.mentoring.events.support.EventsZone;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A competition from the call for entries to the awards: entries during acceptance, the technical
 * check, the methodist's assignment of experts (never an expert of the entry's own school), scoring
 * sheets per scored stage, advancing the best to the in-person stage, results and awards, and the
 * winners' practices proposed to the library.
 */
@Singleton
class CompetitionService {

    static final List<String> NOMINATIONS = List.of("Педагог-наставник", "Лучшие практики наставничества",
            "Наставник года", "Лучшая пара");
    private static final List<CompetitionCommand.Criterion> CRITERIA = List.of(
            new CompetitionCommand.Criterion(Stage.CORRESPONDENCE, "Актуальность и обоснованность практики", 10),
            new CompetitionCommand.Criterion(Stage.CORRESPONDENCE, "Результативность наставничества", 10),
            new CompetitionCommand.Criterion(Stage.CORRESPONDENCE, "Возможность тиражирования", 10),
            new CompetitionCommand.Criterion(Stage.IN_PERSON, "Содержание мастер-класса", 10),
            new CompetitionCommand.Criterion(Stage.IN_PERSON, "Методическое мастерство", 10),
            new CompetitionCommand.Criterion(Stage.IN_PERSON, "Рефлексия и обратная связь", 10));

    private final CompetitionRepository competitions;
    private final CompetitionQueries queries;
    private final EventService events;
    private final Notices notices;
    private final WinnerProposals proposals;
    private final Transactions tx;
    private final EventsZone zone;

    CompetitionService(CompetitionRepository competitions, CompetitionQueries queries, EventService events, Notices notices,
                       WinnerProposals proposals, Transactions tx, EventsZone zone) {
        this.competitions = competitions;
        this.queries = queries;
        this.events = events;
        this.notices = notices;
        this.proposals = proposals;
        this.tx = tx;
        this.zone = zone;
    }

    record Loaded(Event event, Competition competition) {
    }

    Loaded create(CompetitionCommand command, Person methodist) {
        List<String> problems = new ArrayList<>();
        List<Competition.StageInfo> stages = stages(command.stages(), problems);
        List<String> nominations = command.nominations() == null || command.nominations().isEmpty() ? NOMINATIONS
                : command.nominations().stream().map(String::strip).distinct().toList();
        List<Competition.Criterion> criteria = (command.criteria() == null || command.criteria().isEmpty() ? CRITERIA : command.criteria())
                .stream().map(k -> new Competition.Criterion(UUID.randomUUID(), k.stage(), k.title().strip(), k.maxScore())).toList();
        if (criteria.stream().anyMatch(k -> !k.stage().scored())) {
            problems.add("Критерии бывают только у заочного и очного этапов");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        Instant now = zone.clock().instant();
        return tx.write(() -> {
            Event event = events.create(command.event().withKind(EventKind.COMPETITION), methodist, null);
            Competition c = new Competition(event.id(), nominations, Stage.ACCEPTANCE, stages, criteria, null);
            competitions.insert(c, now);
            return new Loaded(event, c);
        });
    }

    private List<Competition.StageInfo> stages(List<CompetitionCommand.StageDeadline> given, List<String> problems) {
        List<Competition.StageInfo> stages = new ArrayList<>();
        Set<Stage> seen = EnumSet.noneOf(Stage.class);
        LocalDate previous = null;
        for (Stage s : List.of(Stage.ACCEPTANCE, Stage.TECHNICAL_CHECK, Stage.CORRESPONDENCE, Stage.IN_PERSON)) {
            var deadline = given.stream().filter(d -> d.stage() == s).map(CompetitionCommand.StageDeadline::deadline).findFirst();
            if (deadline.isEmpty()) {
                problems.add("Укажите срок этапа «" + s.title() + "»");
                continue;
            }
            if (previous != null && deadline.get().isBefore(previous)) {
                problems.add("Этап «" + s.title() + "» не может закончиться раньше предыдущего");
            }
            previous = deadline.get();
            seen.add(s);
            stages.add(new Competition.StageInfo(s, s.title(), deadline.get(), null, null));
        }
        if (!stages.isEmpty() && stages.getFirst().deadline().isBefore(zone.today())) {
            problems.add("Срок приёма материалов уже прошёл");
        }
        return stages;
    }

    Loaded load(UUID eventId, Person person) {
        Event event = events.visible(eventId, person);
        Competition c = tx.read(() -> queries.find(eventId))
                .orElseThrow(() -> BusinessRuleException.notFound("Конкурс не найден"));
        return new Loaded(event, c);
    }

    List<Loaded> all(Person person) {
        return tx.read(queries::all).stream().map(id -> events.find(id).filter(e -> e.visibleTo(person))
                        .map(e -> new Loaded(e, tx.read(() -> queries.find(id)).orElseThrow())))
                .flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(l -> l.event().startsAt())).toList();
    }

    Entry submit(UUID eventId, Person person, EntryCommand command) {
        Loaded l = load(eventId, person);
        if (!person.has(Roles.CURATOR) && !person.has(Roles.MENTOR)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Работы на конкурс подают куратор или наставник школы");
        }
        String school = person.caller().requireSchool();
        List<String> problems = new ArrayList<>();
        if (l.competition().stage() != Stage.ACCEPTANCE) {
            problems.add("Приём материалов закончен: конкурс на этапе «" + l.competition().stage().title() + "»");
        } else if (zone.today().isAfter(l.competition().deadlineOf(Stage.ACCEPTANCE))) {
            problems.add("Срок приёма материалов истёк " + l.competition().deadlineOf(Stage.ACCEPTANCE));
        }
        if (!l.competition().nominations().contains(command.nomination().strip())) {
            problems.add("Выберите номинацию из списка: " + String.join(", ", l.competition().nominations()));
        }
        if (!l.event().openToSchool(school)) {
            problems.add("Конкурс проводится не для вашей школы");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        String author = command.authorName() != null && !command.authorName().isBlank() && person.has(Roles.CURATOR)
                ? command.authorName().strip() : person.displayName();
        Entry entry = new Entry(UUID.randomUUID(), eventId, school, person.subject(), author, person.email(),
                command.title().strip(), command.nomination().strip(), command.summary().strip(),
                blankToNull(command.materialsUrl()), EntryStatus.SUBMITTED, null, null, null, zone.clock().instant());
        tx.write(() -> competitions.insertEntry(entry));
        return entry;
    }

    /** Entries the caller may see: all for the methodist, the assigned ones for an expert, the school's own otherwise. */
    List<Entry> entries(UUID eventId, Person person) {
        load(eventId, person);
        return tx.read(() -> {
            List<Entry> all = queries.entries(eventId);
            if (person.municipal()) {
                return all;
            }
            if (person.has(Roles.EXPERT)) {
                Set<UUID> mine = queries.assignments(eventId).stream().filter(a -> a.expert().equals(person.subject()))
                        .map(CompetitionQueries.Assignment::entryId).collect(Collectors.toSet());
                return all.stream().filter(e -> mine.contains(e.id())).toList();
            }
            String school = person.school().orElse("");
            return all.stream().filter(e -> e.schoolId().equals(school)).toList();
        });
    }

    Entry check(UUID eventId, UUID entryId, boolean admitted, String note, Person methodist) {
        Loaded l = load(eventId, methodist);
        requireStage(l, Stage.TECHNICAL_CHECK, "Техническая экспертиза идёт на своём этапе");
        Entry entry = entry(eventId, entryId);
        if (!admitted && (note == null || note.isBlank())) {
            throw new BusinessRuleException("Укажите, почему работа не допущена");
        }
        tx.write(() -> competitions.setStatus(entryId, admitted ? EntryStatus.ADMITTED : EntryStatus.NOT_ADMITTED, blankToNull(note)));
        return entry(eventId, entryId);
    }

    List<Juror> join(UUID eventId, Person expert) {
        Loaded l = load(eventId, expert);
        if (l.competition().stage() == Stage.RESULTS) {
            throw new BusinessRuleException("Конкурс завершён: состав жюри не меняется");
        }
        tx.write(() -> competitions.join(eventId, new Juror(expert.subject(), expert.displayName(), expert.school().orElse(null))));
        return tx.read(() -> queries.jury(eventId));
    }

    List<Juror> jury(UUID eventId, Person person) {
        load(eventId, person);
        return tx.read(() -> queries.jury(eventId));
    }

    /** The methodist gives an entry to an expert of the jury, never to one of the entry's own school. */
    void assign(UUID eventId, UUID entryId, String expertSubject, Person methodist) {
        Loaded l = load(eventId, methodist);
        Entry entry = entry(eventId, entryId);
        Juror juror = tx.read(() -> queries.jury(eventId)).stream().filter(j -> j.subject().equals(expertSubject)).findFirst()
                .orElseThrow(() -> new BusinessRuleException("Этот эксперт не входит в жюри конкурса"));
        List<String> problems = new ArrayList<>();
        if (juror.schoolId() != null && juror.schoolId().equals(entry.schoolId())) {
            problems.add("Эксперт не оценивает работы своей школы: «" + juror.name() + "» — из школы № " + juror.schoolId());
        }
        if (entry.status() == EntryStatus.NOT_ADMITTED || entry.status() == EntryStatus.ELIMINATED) {
            problems.add("Работа «" + entry.title() + "» выбыла из конкурса");
        }
        if (l.competition().stage() == Stage.RESULTS) {
            problems.add("Конкурс завершён");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        tx.write(() -> {
            if (competitions.assign(entry, juror)) {
                notices.tell(juror.subject(), null, eventId, NoticeKind.EXPERT_ASSIGNED,
                        "Вам назначена на экспертизу работа «" + entry.title() + "» (" + l.event().title() + ").", null);
            }
        });
    }

    /** An expert's sheet for one entry at the current scored stage; replaces their earlier sheet for it. */
    void score(UUID eventId, UUID entryId, ScoreCommand command, Person expert) {
        Loaded l = load(eventId, expert);
        Stage stage = l.competition().stage();
        if (!stage.scored()) {
            throw new BusinessRuleException("Сейчас этап «" + stage.title() + "»: баллы выставляют на заочном и очном этапах");
        }
        Entry entry = entry(eventId, entryId);
        boolean assigned = tx.read(() -> queries.assignments(eventId)).stream()
                .anyMatch(a -> a.entryId().equals(entryId) && a.expert().equals(expert.subject()));
        if (!assigned) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Эта работа не назначена вам на экспертизу");
        }
        EntryStatus expected = stage == Stage.CORRESPONDENCE ? EntryStatus.ADMITTED : EntryStatus.ADVANCED;
        List<String> problems = new ArrayList<>();
        if (entry.status() != expected) {
            problems.add("Работа не участвует в этапе «" + stage.title() + "»: " + entry.status().title().toLowerCase(java.util.Locale.ROOT));
        }
        List<Competition.Criterion> criteria = l.competition().criteriaOf(stage);
        Map<UUID, Integer> given = command.scores().stream()
                .collect(Collectors.toMap(ScoreCommand.Points::criterionId, ScoreCommand.Points::points, (a, b) -> b));
        for (Competition.Criterion k : criteria) {
            Integer points = given.get(k.id());
            if (points == null) {
                problems.add("Выставьте балл по критерию «" + k.title() + "»");
            } else if (points > k.maxScore()) {
                problems.add("По критерию «" + k.title() + "» не больше " + k.maxScore() + " баллов");
            }
        }
        Set<UUID> known = criteria.stream().map(Competition.Criterion::id).collect(Collectors.toSet());
        if (given.keySet().stream().anyMatch(id -> !known.contains(id))) {
            problems.add("В листе есть критерии другого этапа");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        tx.write(() -> competitions.replaceScores(entry, expert.subject(), List.copyOf(known),
                command.scores().stream().filter(p -> known.contains(p.criterionId())).toList(), blankToNull(command.comment())));
    }

    /**
     * Closes the current stage and opens the next. Leaving the technical check needs every entry
     * checked; leaving a scored stage needs every assigned expert's sheet; leaving the correspondence
     * stage sends the best {@code top} entries of each nomination on (all of them when not given).
     */
    Competition advance(UUID eventId, Integer top, Person methodist) {
        Loaded l = load(eventId, methodist);
        Stage from = l.competition().stage();
        if (from == Stage.RESULTS) {
            throw new BusinessRuleException("Конкурс уже на этапе подведения итогов");
        }
        return tx.write(() -> {
            List<Entry> entries = queries.entries(eventId);
            List<String> problems = new ArrayList<>();
            if (from == Stage.TECHNICAL_CHECK) {
                long unchecked = entries.stream().filter(e -> e.status() == EntryStatus.SUBMITTED).count();
                if (unchecked > 0) {
                    problems.add("Не проверено работ: " + unchecked);
                }
            }
            if (from.scored()) {
                problems.addAll(missingSheets(l.competition(), from, entries));
            }
            if (!problems.isEmpty()) {
                throw new BusinessRuleException(String.join("; ", problems));
            }
            if (from == Stage.CORRESPONDENCE) {
                var standings = Results.standings(l.competition(), entries, queries.scores(eventId));
                standings.values().forEach(rows -> {
                    int n = 0;
                    for (Results.Row r : rows) {
                        boolean on = top == null || n++ < top;
                        competitions.setStatus(r.entryId(), on ? EntryStatus.ADVANCED : EntryStatus.ELIMINATED, null);
                    }
                });
            }
            if (!competitions.advance(eventId, from, from.next(), zone.clock().instant())) {
                throw BusinessRuleException.conflict("Этап конкурса уже сменился: обновите страницу");
            }
            return queries.find(eventId).orElseThrow();
        });
    }

    private List<String> missingSheets(Competition c, Stage stage, List<Entry> entries) {
        EntryStatus taking = stage == Stage.CORRESPONDENCE ? EntryStatus.ADMITTED : EntryStatus.ADVANCED;
        Set<UUID> inStage = entries.stream().filter(e -> e.status() == taking).map(Entry::id).collect(Collectors.toSet());
        int criteria = c.criteriaOf(stage).size();
        Map<String, Long> scored = queries.scores(c.eventId()).stream().filter(s -> s.stage() == stage)
                .collect(Collectors.groupingBy(s -> s.entryId() + "/" + s.expert(), Collectors.counting()));
        long missing = queries.assignments(c.eventId()).stream().filter(a -> inStage.contains(a.entryId()))
                .filter(a -> scored.getOrDefault(a.entryId() + "/" + a.expert(), 0L) < criteria).count();
        long unassigned = inStage.stream().filter(id -> queries.assignments(c.eventId()).stream().noneMatch(a -> a.entryId().equals(id)))
                .count();
        List<String> problems = new ArrayList<>();
        if (missing > 0) {
            problems.add("Эксперты ещё не заполнили листов оценки: " + missing);
        }
        if (unassigned > 0) {
            problems.add("Работ без эксперта: " + unassigned);
        }
        return problems;
    }

    Map<String, List<Results.Row>> results(UUID eventId, Person person) {
        Loaded l = load(eventId, person);
        if (l.competition().resultsPublishedAt() == null && !person.municipal() && !person.has(Roles.EXPERT)) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Итоги конкурса ещё не опубликованы");
        }
        return ru.mentoring.support.tenancy.Tenancy.asSystem(() -> tx.read(() ->
                Results.standings(l.competition(), queries.entries(eventId), queries.scores(eventId))));
    }

    /**
     * Awards places 1–3 per nomination by the standings, publishes the results, tells the entrants and
     * proposes each winner's practice to the library as a draft recommended for competitions.
     */
    Map<String, List<Results.Row>> publish(UUID eventId, Person methodist) {
        Loaded l = load(eventId, methodist);
        requireStage(l, Stage.RESULTS, "Итоги подводят после очного этапа");
        if (l.competition().resultsPublishedAt() != null) {
            throw BusinessRuleException.conflict("Итоги конкурса уже опубликованы");
        }
        tx.write(() -> {
            List<Entry> entries = queries.entries(eventId);
            var standings = Results.standings(l.competition(), entries, queries.scores(eventId));
            Map<UUID, Integer> places = Results.places(standings);
            for (Entry e : entries) {
                Integer place = places.get(e.id());
                if (place != null) {
                    competitions.setAward(e.id(), Results.award(e.nomination(), place), place);
                    if (place == 1) {
                        proposals.propose(l.event(), e, Results.award(e.nomination(), place), zone.today().getYear());
                        competitions.markProposed(e.id());
                    }
                }
                notices.tell(e.submittedBy(), e.email(), eventId, NoticeKind.RESULTS, "Подведены итоги конкурса «"
                        + l.event().title() + "». Работа «" + e.title() + "»: "
                        + (place == null ? "участник конкурса" : Results.award(e.nomination(), place)) + ".", null);
            }
            competitions.publishResults(eventId);
        });
        return results(eventId, methodist);
    }

    /** What waits for an expert: their entries in a scored stage without their full sheet. */
    List<Task> tasks(Person expert) {
        return tx.read(() -> {
            List<Task> tasks = new ArrayList<>();
            for (Entry e : queries.assignedTo(expert.subject())) {
                Competition c = queries.find(e.eventId()).orElse(null);
                if (c == null || !c.stage().scored()) {
                    continue;
                }
                EntryStatus taking = c.stage() == Stage.CORRESPONDENCE ? EntryStatus.ADMITTED : EntryStatus.ADVANCED;
                if (e.status() != taking) {
                    continue;
                }
                long mine = queries.scores(e.eventId()).stream().filter(s -> s.entryId().equals(e.id())
                        && s.expert().equals(expert.subject()) && s.stage() == c.stage()).count();
                String title = events.find(e.eventId()).map(Event::title).orElse("");
                tasks.add(new Task(e.eventId(), title, e.id(), e.title(), e.nomination(), c.stage(), c.stage().title(),
                        c.deadlineOf(c.stage()), mine >= c.criteriaOf(c.stage()).size()));
            }
            return tasks;
        });
    }

    @io.micronaut.serde.annotation.Serdeable
    record Task(UUID competitionId, String competitionTitle, UUID entryId, String entryTitle, String nomination, Stage stage,
                String stageTitle, LocalDate deadline, boolean done) {
    }

    /** One expert's own sheet for an entry at the current stage (to show it filled in again). */
    List<CompetitionQueries.Score> mySheet(UUID eventId, UUID entryId, Person expert) {
        return tx.read(() -> queries.scores(eventId)).stream()
                .filter(s -> s.entryId().equals(entryId) && s.expert().equals(expert.subject())).toList();
    }

    private Entry entry(UUID eventId, UUID entryId) {
        return tx.read(() -> queries.entry(eventId, entryId)).orElseThrow(() -> BusinessRuleException.notFound("Работа не найдена"));
    }

    private static void requireStage(Loaded l, Stage stage, String why) {
        if (l.competition().stage() != stage) {
            throw new BusinessRuleException(why + "; сейчас этап «" + l.competition().stage().title() + "»");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
