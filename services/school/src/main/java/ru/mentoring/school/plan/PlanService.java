package ru.mentoring.school.plan;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairService;
import ru.mentoring.school.pair.PairSide;
import ru.mentoring.school.web.Refusal;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A pair's development plan. Until saved, the pair sees its form's template as a draft; once saved, the
 * plan keeps the template's sections of that day. Every rule broken is refused at once and nothing is
 * written: a task due outside the pair's term, one without a title, in an unknown section, a pair that
 * has ended.
 */
@Singleton
public class PlanService {

    private final PlanRepository plans;
    private final PlanTaskRepository tasks;
    private final PlanQueries queries;
    private final LibraryPracticeQueries library;
    private final PlanTemplates templates;
    private final PairService pairs;
    private final PracticeUsagePublisher usage;
    private final Today today;

    PlanService(PlanRepository plans, PlanTaskRepository tasks, PlanQueries queries, LibraryPracticeQueries library,
                PlanTemplates templates, PairService pairs, PracticeUsagePublisher usage, Today today) {
        this.plans = plans;
        this.tasks = tasks;
        this.queries = queries;
        this.library = library;
        this.templates = templates;
        this.pairs = pairs;
        this.usage = usage;
        this.today = today;
    }

    @Transactional(readOnly = true)
    public PlanView view(PairParticipant who) {
        Pair pair = who.pair();
        Optional<Plan> saved = plans.findByPairIdAndSchoolId(pair.id(), pair.schoolId());
        return saved.map(plan -> view(who, plan, tasks.findByPairIdAndSchoolIdOrderByPosition(pair.id(), pair.schoolId())))
                .orElseGet(() -> draft(who));
    }

    @Transactional
    PlanView save(PairParticipant who, PlanCommands.SavePlan c) {
        if (who.is(PairSide.MENTEE)) {
            throw new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.FORBIDDEN,
                    "План меняют наставник и куратор; наставляемый видит его и подтверждает встречи");
        }
        Pair pair = pairs.lock(who.pair().schoolId(), who.pair().id());
        Refusal.Collector problems = Refusal.collect();
        if (pair.status().ended()) {
            throw new BusinessRuleException("Пара " + statusWord(pair.status()) + ": её план больше не меняется");
        }
        Plan existing = plans.findByPairIdAndSchoolId(pair.id(), pair.schoolId()).orElse(null);
        List<String> codes;
        List<String> titles;
        if (existing != null) {
            codes = existing.sectionCodes();
            titles = existing.sectionTitles();
        } else {
            PlanTemplate template = templates.of(pair.form());
            codes = template.sections().stream().map(PlanTemplate.Section::code).toList();
            titles = template.sections().stream().map(PlanTemplate.Section::title).toList();
        }
        Map<UUID, PlanTask> before = existing == null ? Map.of()
                : tasks.findByPairIdAndSchoolIdOrderByPosition(pair.id(), pair.schoolId()).stream()
                .collect(Collectors.toMap(PlanTask::id, Function.identity()));
        List<PlanCommands.SaveTask> given = c.tasks() == null ? List.of() : c.tasks();
        Set<UUID> practices = given.stream().map(PlanCommands.SaveTask::practiceId).filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
        Set<UUID> known = library.titles(practices).keySet();
        LocalDate day = today.date();
        List<PlanTask> after = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            PlanCommands.SaveTask t = given.get(i);
            String where = "Задача " + (i + 1) + (blank(t.title()) ? "" : " «" + t.title().strip() + "»") + ": ";
            problems.check(blank(t.title()), "title", "Задача " + (i + 1) + ": укажите, что нужно сделать");
            String section = t.section() == null ? "" : t.section().strip();
            problems.check(!codes.contains(section), "section", where + (section.isEmpty() ? "укажите раздел плана"
                    : "в плане нет раздела «" + section + "»"));
            if (t.dueOn() == null) {
                problems.add("dueOn", where + "укажите срок");
            } else if (t.dueOn().isAfter(pair.endsOn())) {
                problems.add("dueOn", where + "срок " + ru(t.dueOn()) + " позже окончания работы пары (" + ru(pair.endsOn()) + ")");
            } else if (t.dueOn().isBefore(pair.startsOn())) {
                problems.add("dueOn", where + "срок " + ru(t.dueOn()) + " раньше начала работы пары (" + ru(pair.startsOn()) + ")");
            }
            problems.check(t.practiceId() != null && !known.contains(t.practiceId()), "practiceId",
                    where + "такой практики нет среди опубликованных в библиотеке");
            PlanTask old = t.id() == null ? null : before.get(t.id());
            if (t.id() != null && (old == null || !seen.add(t.id()))) {
                problems.add("id", where + "задача не найдена в плане пары: обновите страницу");
            }
            boolean done = Boolean.TRUE.equals(t.done());
            LocalDate doneOn = !done ? null : old != null && old.doneOn() != null ? old.doneOn() : day;
            after.add(new PlanTask(old == null ? UUID.randomUUID() : old.id(), pair.schoolId(), pair.id(), section, i,
                    blank(t.title()) ? "" : t.title().strip(), t.dueOn() == null ? day : t.dueOn(), strip(t.expectedResult()),
                    strip(t.reportingForm()), doneOn, t.practiceId(), old == null ? null : old.createdAt()));
        }
        problems.throwIfAny();

        // the curator of a teacher pair does not see the difficulties the teachers wrote, so cannot erase them
        String difficulties = who.limitedCurator() && existing != null ? existing.difficulties() : strip(c.difficulties());
        Plan plan = existing == null
                ? plans.save(new Plan(pair.id(), pair.schoolId(), difficulties, strip(c.goals()), codes, titles, null, null))
                : plans.update(existing.with(difficulties, strip(c.goals())));
        Map<UUID, PlanTask> kept = after.stream().collect(Collectors.toMap(PlanTask::id, Function.identity()));
        for (PlanTask old : before.values()) {
            if (!kept.containsKey(old.id())) {
                tasks.delete(old);
                if (old.practiceId() != null) {
                    usage.changed(pair.schoolId(), old.id(), old.practiceId(), false);
                }
            }
        }
        for (PlanTask task : after) {
            PlanTask old = before.get(task.id());
            if (old == null) {
                tasks.save(task);
            } else {
                tasks.update(task);
            }
            UUID was = old == null ? null : old.practiceId();
            if (was != null && !was.equals(task.practiceId())) {
                usage.changed(pair.schoolId(), task.id(), was, false);
            }
            if (task.practiceId() != null && !task.practiceId().equals(was)) {
                usage.changed(pair.schoolId(), task.id(), task.practiceId(), true);
            }
        }
        return view(who, plans.findById(plan.pairId()).orElse(plan), after);
    }

    /** Plans' progress for the pairs of one school (a pair without a plan has none). */
    @Transactional(readOnly = true)
    public Map<UUID, PlanProgress> progress(String schoolId, Collection<UUID> pairIds) {
        return queries.progress(schoolId, pairIds, today.date());
    }

    @Transactional(readOnly = true)
    public PlanProgress progress(String schoolId, UUID pairId) {
        return progress(schoolId, List.of(pairId)).getOrDefault(pairId, PlanProgress.NONE);
    }

    /** Open tasks past their deadline in every school; the caller binds the system scope. */
    @Transactional(readOnly = true)
    public List<OverdueTask> overdue() {
        return queries.overdue(today.date());
    }

    private PlanView view(PairParticipant who, Plan plan, List<PlanTask> list) {
        LocalDate day = today.date();
        boolean running = who.pair().status() == PairStatus.ACTIVE;
        Map<UUID, String> practiceTitles = library.titles(list.stream().map(PlanTask::practiceId)
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
        Map<String, List<PlanView.Task>> bySection = new LinkedHashMap<>();
        plan.sectionCodes().forEach(code -> bySection.put(code, new ArrayList<>()));
        int overdue = 0;
        for (PlanTask t : list) {
            boolean late = running && t.overdueOn(day);
            overdue += late ? 1 : 0;
            bySection.computeIfAbsent(t.section(), k -> new ArrayList<>()).add(new PlanView.Task(t.id(), t.title(), t.dueOn(),
                    t.expectedResult(), t.reportingForm(), t.done(), t.doneOn(), late, t.practiceId(),
                    t.practiceId() == null ? null : practiceTitles.get(t.practiceId())));
        }
        Map<String, String> titles = new HashMap<>();
        for (int i = 0; i < plan.sectionCodes().size(); i++) {
            titles.put(plan.sectionCodes().get(i), plan.sectionTitles().get(i));
        }
        List<PlanView.Section> sections = bySection.entrySet().stream().map(e -> new PlanView.Section(e.getKey(),
                titles.getOrDefault(e.getKey(), e.getKey()), List.copyOf(e.getValue()))).toList();
        int done = (int) list.stream().filter(PlanTask::done).count();
        return new PlanView(plan.pairId(), true, who.limitedCurator() ? null : plan.difficulties(), plan.goals(), sections,
                done, list.size(), overdue, plan.updatedAt(), who.limitedCurator(), editable(who));
    }

    private PlanView draft(PairParticipant who) {
        Pair pair = who.pair();
        PlanTemplate template = templates.of(pair.form());
        List<PlanView.Section> sections = template.sections().stream().map(s -> new PlanView.Section(s.code(), s.title(),
                s.tasks().stream().map(t -> new PlanView.Task(null, t.title(), dueOn(pair, t.dueAfterDays()),
                        t.expectedResult(), t.reportingForm(), false, null, false, null, null)).toList())).toList();
        int total = sections.stream().mapToInt(s -> s.tasks().size()).sum();
        return new PlanView(pair.id(), false, null, null, sections, 0, total, 0, null, who.limitedCurator(), editable(who));
    }

    private static LocalDate dueOn(Pair pair, int days) {
        LocalDate due = pair.startsOn().plusDays(days);
        return due.isAfter(pair.endsOn()) ? pair.endsOn() : due;
    }

    private static boolean editable(PairParticipant who) {
        return !who.is(PairSide.MENTEE) && !who.pair().status().ended();
    }

    static String statusWord(PairStatus status) {
        return switch (status) {
            case COMPLETED -> "завершена";
            case TERMINATED -> "прекращена досрочно";
            case REFUSED -> "не состоялась";
            default -> "работает";
        };
    }

    static String ru(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
