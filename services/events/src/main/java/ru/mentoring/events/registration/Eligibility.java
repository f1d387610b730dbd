package ru.mentoring.events.registration;

import ru.mentoring.events.event.ApplicationField;
import ru.mentoring.events.event.Audience;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.Organiser;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.support.tenancy.Roles;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * May this applicant take part? Every rule of the event against what the platform holds (ADR 0010):
 * roles and school from the verified token, experience and kind from the shared mentor base, a team's
 * size and grades from the curator's application. Returns every reason at once, in Russian; no I/O.
 */
final class Eligibility {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.forLanguageTag("ru"));

    private Eligibility() {
    }

    static List<String> problems(Event e, Applicant a, Instant now, ZoneId zone) {
        List<String> problems = new ArrayList<>();
        if (e.cancelled()) {
            problems.add("Мероприятие отменено: заявки не принимаются");
            return problems;
        }
        if (now.isBefore(e.opensAt())) {
            problems.add("Регистрация на мероприятие ещё не открыта: она откроется " + WHEN.format(e.opensAt().atZone(zone)));
        } else if (!now.isBefore(e.closesAt())) {
            problems.add("Регистрация на мероприятие уже закрыта");
        }
        boolean municipal = a.roles().contains(Roles.METHODIST) || a.roles().contains(Roles.ADMIN);
        if (!municipal && !e.openToSchool(a.schoolId())) {
            problems.add(e.organiser() == Organiser.SCHOOL
                    ? "Мероприятие проводится только для сотрудников школы-организатора"
                    : "Мероприятие только для школ сетевого проекта «" + e.networkProjectName() + "»");
        }
        modeRules(e, a, problems);
        if (problems.isEmpty()) {
            audienceRules(e, a, problems);
            experienceRules(e, a, problems);
        }
        return problems;
    }

    private static void modeRules(Event e, Applicant a, List<String> problems) {
        switch (a.mode()) {
            case SELF -> {
                if (e.teams()) {
                    problems.add("На это мероприятие подаются заявки команд: укажите команду");
                }
            }
            case STAFF -> {
                if (!a.roles().contains(Roles.CURATOR)) {
                    problems.add("Сотрудников школы регистрирует куратор");
                } else if (a.card() == null || !a.card().active()) {
                    problems.add("Этот сотрудник не найден в банке наставников");
                } else if (a.schoolId() == null || !a.schoolId().equals(a.card().homeSchoolId())) {
                    problems.add("Куратор регистрирует только сотрудников своей школы");
                }
                if (e.teams()) {
                    problems.add("На это мероприятие подаются заявки команд: укажите команду");
                }
            }
            case TEAM -> teamRules(e, a, problems);
        }
    }

    private static void teamRules(Event e, Applicant a, List<String> problems) {
        if (!e.teams()) {
            problems.add("Это мероприятие не командное: подайте заявку на себя");
            return;
        }
        if (!a.roles().contains(Roles.CURATOR) && !a.roles().contains(Roles.MENTOR)) {
            problems.add("Команду обучающихся регистрирует куратор или наставник школы");
        }
        if (a.schoolId() == null) {
            problems.add("Команду регистрирует сотрудник школы: в учётной записи не указана школа");
        }
        int size = a.grades().size();
        if (size < e.teamMin() || size > e.teamMax()) {
            problems.add("В команде должно быть от " + e.teamMin() + " до " + e.teamMax() + " участников, в заявке — " + size);
        }
        int min = e.gradeMin() == null ? 1 : e.gradeMin();
        int max = e.gradeMax() == null ? 11 : e.gradeMax();
        List<Integer> wrong = a.grades().stream().filter(g -> g < min || g > max).distinct().sorted().toList();
        if (!wrong.isEmpty()) {
            problems.add("Участвуют обучающиеся " + min + "–" + max + " классов; не подходит: "
                    + String.join(", ", wrong.stream().map(g -> g + " класс").toList()));
        }
    }

    private static void audienceRules(Event e, Applicant a, List<String> problems) {
        if (e.audience().isEmpty()) {
            return;
        }
        Set<Audience> categories = categories(a);
        if (categories.stream().noneMatch(e.audience()::contains)) {
            String who = String.join(", ", e.audience().stream().map(Audience::title).toList());
            problems.add(a.mode() == Mode.SELF
                    ? "Мероприятие для категорий: " + who + " — по данным платформы вы к ним не относитесь"
                    : "Мероприятие для категорий: " + who + " — этот участник к ним не относится");
        }
    }

    /** The categories the platform can vouch for: token roles for oneself, the mentor base's card for anyone. */
    static Set<Audience> categories(Applicant a) {
        Set<Audience> categories = EnumSet.noneOf(Audience.class);
        if (a.mode() == Mode.TEAM) {
            categories.add(Audience.PUPIL_TEAM);
            return categories;
        }
        if (a.mode() == Mode.SELF) {
            if (a.roles().contains(Roles.MENTOR)) {
                categories.add(Audience.MENTOR);
            }
            if (a.roles().contains(Roles.CURATOR)) {
                categories.add(Audience.CURATOR);
            }
            if (a.roles().contains(Roles.METHODIST)) {
                categories.add(Audience.METHODIST);
            }
            if (a.roles().contains(Roles.EXPERT)) {
                categories.add(Audience.EXPERT);
            }
        }
        if (a.card() != null && a.card().active()) {
            categories.add(Audience.MENTOR);
            if (a.card().kind() == MentorKind.TEACHER) {
                categories.add(Audience.TEACHER);
            }
        }
        return categories;
    }

    private static void experienceRules(Event e, Applicant a, List<String> problems) {
        if (e.experienceMin() == null && e.experienceMax() == null) {
            return;
        }
        Integer years = a.card() == null ? null : a.card().experienceYears();
        if (years == null) {
            problems.add(a.mode() == Mode.SELF
                    ? "Стаж проверяется по банку наставников, а там ваш педагогический стаж не указан: обратитесь к куратору"
                    : "Стаж проверяется по банку наставников, а там стаж этого сотрудника не указан");
            return;
        }
        if (e.experienceMax() != null && years > e.experienceMax()) {
            problems.add("Мероприятие для педагогов со стажем не больше " + e.experienceMax() + " лет, по банку наставников — "
                    + years);
        }
        if (e.experienceMin() != null && years < e.experienceMin()) {
            problems.add("Мероприятие для педагогов со стажем не меньше " + e.experienceMin() + " лет, по банку наставников — "
                    + years);
        }
    }

    /** The answers to the organiser's questions, checked and kept in the form's order; unknown codes are dropped. */
    static Map<String, String> answers(Event e, Map<String, String> given, List<String> problems) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (ApplicationField f : e.fields()) {
            String value = given == null ? null : given.get(f.code());
            value = value == null ? "" : value.strip();
            if (value.isEmpty()) {
                if (f.required()) {
                    problems.add("Ответьте на вопрос «" + f.label() + "»");
                }
                continue;
            }
            switch (f.type()) {
                case NUMBER -> {
                    if (!value.matches("-?\\d{1,9}([.,]\\d{1,4})?")) {
                        problems.add("Ответ на вопрос «" + f.label() + "» должен быть числом");
                    }
                }
                case CHOICE -> {
                    if (!f.options().contains(value)) {
                        problems.add("На вопрос «" + f.label() + "» выберите один из вариантов: " + String.join(", ", f.options()));
                    }
                }
                case YES_NO -> {
                    String v = value.toLowerCase(Locale.ROOT);
                    if (v.equals("true") || v.equals("да")) {
                        value = "да";
                    } else if (v.equals("false") || v.equals("нет")) {
                        value = "нет";
                    } else {
                        problems.add("На вопрос «" + f.label() + "» ответьте «да» или «нет»");
                    }
                }
                case TEXT -> {
                }
            }
            kept.put(f.code(), value);
        }
        return kept;
    }
}
