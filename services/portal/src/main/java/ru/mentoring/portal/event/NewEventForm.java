package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.mentorbank.NetworkProjects;
import ru.mentoring.portal.web.form.CheckedForm;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.FormErrors;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * «Новое мероприятие» exactly as typed, fields in the order the page shows them. One day with a start
 * and an end time, or several days up to {@code lastDay}; registration opens at once and closes on
 * {@code closesOn} (end of that day) or when the event starts. Up to three questions of the application
 * form. {@code organiser} is the methodist's choice: the methodology centre, or a network project by id.
 */
@Introspected
@Serdeable
record NewEventForm(
        @Nullable @NotBlank(message = "Укажите название мероприятия") @Size(max = 300, message = "Не длиннее 300 символов") String title,
        @Nullable @NotBlank(message = "Выберите вид мероприятия") String kind,
        @Nullable String organiser,
        @Nullable @NotBlank(message = "Укажите дату мероприятия") @DateField(message = "Дата — в формате ДД.ММ.ГГГГ") String day,
        @Nullable @NotBlank(message = "Укажите время начала")
        @Pattern(regexp = TIME, message = "Время — в формате ЧЧ:ММ, например 10:00") String startTime,
        @Nullable @NotBlank(message = "Укажите время окончания")
        @Pattern(regexp = TIME, message = "Время — в формате ЧЧ:ММ, например 15:00") String endTime,
        @Nullable @DateField(message = "Дата — в формате ДД.ММ.ГГГГ") String lastDay,
        @Nullable String repeat,
        @Nullable @NotBlank(message = "Выберите формат проведения") String format,
        @Nullable @Size(max = 500, message = "Не длиннее 500 символов") String venue,
        @Nullable @Size(max = 500, message = "Не длиннее 500 символов") String onlineUrl,
        @Nullable @NotBlank(message = "Укажите число мест")
        @WholeNumber(min = 1, max = 100000, message = "Число мест — целое число от 1 до 100 000") String capacity,
        @Nullable @WholeNumber(min = 1, max = 100000, message = "Лимит — целое число мест, не меньше одного") String schoolCap,
        @Nullable @DateField(message = "Дата — в формате ДД.ММ.ГГГГ") String closesOn,
        @Nullable String requiresApproval,
        @Nullable List<String> audience,
        @Nullable @WholeNumber(min = 0, max = 70, message = "Стаж — целое число лет от 0 до 70") String experienceMin,
        @Nullable @WholeNumber(min = 0, max = 70, message = "Стаж — целое число лет от 0 до 70") String experienceMax,
        @Nullable @WholeNumber(min = 1, max = 30, message = "В команде от 1 до 30 участников") String teamMin,
        @Nullable @WholeNumber(min = 1, max = 30, message = "В команде от 1 до 30 участников") String teamMax,
        @Nullable @WholeNumber(min = 1, max = 11, message = "Классы — с 1 по 11") String gradeMin,
        @Nullable @WholeNumber(min = 1, max = 11, message = "Классы — с 1 по 11") String gradeMax,
        @Nullable @Size(max = 5000, message = "Не длиннее 5000 символов") String description,
        @Nullable @Size(max = 300, message = "Вопрос не длиннее 300 символов") String q1Label,
        @Nullable String q1Type,
        @Nullable @Size(max = 1000, message = "Не длиннее 1000 символов") String q1Options,
        @Nullable String q1Required,
        @Nullable @Size(max = 300, message = "Вопрос не длиннее 300 символов") String q2Label,
        @Nullable String q2Type,
        @Nullable @Size(max = 1000, message = "Не длиннее 1000 символов") String q2Options,
        @Nullable String q2Required,
        @Nullable @Size(max = 300, message = "Вопрос не длиннее 300 символов") String q3Label,
        @Nullable String q3Type,
        @Nullable @Size(max = 1000, message = "Не длиннее 1000 символов") String q3Options,
        @Nullable String q3Required) implements CheckedForm {

    static final String TIME = EventSchedule.TIME;
    static final String MUNICIPALITY = "MUNICIPALITY";
    static final String TEAMS = "PUPIL_TEAM";

    static NewEventForm empty() {
        return new NewEventForm("", "", MUNICIPALITY, "", "10:00", "12:00", "", "", "IN_PERSON", "", "", "", "",
                "", null, List.of(), "", "", "", "", "", "", "", "", "TEXT", "", null, "", "TEXT", "",
                null, "", "TEXT", "", null);
    }

    /** A question of the application form as typed in one row of the page. */
    record Question(int row, String label, String type, String options, boolean required) {

        String field(String part) {
            return "q" + row + part;
        }

        List<String> optionList() {
            return Typed.listed(options);
        }
    }

    List<Question> questions() {
        return List.of(new Question(1, text(q1Label), or(q1Type, "TEXT"), text(q1Options), "true".equals(q1Required)),
                new Question(2, text(q2Label), or(q2Type, "TEXT"), text(q2Options), "true".equals(q2Required)),
                new Question(3, text(q3Label), or(q3Type, "TEXT"), text(q3Options), "true".equals(q3Required)));
    }

    List<String> ticked() {
        return Typed.ticked(audience);
    }

    boolean teams() {
        return ticked().contains(TEAMS);
    }

    @Override
    public List<FormErrors.FieldError> check() {
        List<FormErrors.FieldError> errors = new ArrayList<>();
        EventSchedule.check(format, venue, onlineUrl, day, startTime, endTime, lastDay, closesOn, errors);
        LocalDate first = Typed.date(day);
        if (first != null) {
            yearly().flatMap(rule -> rule.problem(first))
                    .ifPresent(problem -> errors.add(new FormErrors.FieldError("repeat", problem)));
        }
        range(experienceMin, experienceMax, "experienceMax", "Наибольший стаж меньше наименьшего", errors);
        if (teams()) {
            range(teamMin, teamMax, "teamMax", "В команде не может быть больше участников, чем меньше", errors);
            range(gradeMin, gradeMax, "gradeMax", "Последний класс не может быть младше первого", errors);
        }
        for (Question q : questions()) {
            if (q.label().isEmpty() && !q.options().isEmpty()) {
                errors.add(new FormErrors.FieldError(q.field("Label"), "Напишите вопрос к этим вариантам ответа"));
            }
            if (!q.label().isEmpty() && "CHOICE".equals(q.type()) && q.optionList().size() < 2) {
                errors.add(new FormErrors.FieldError(q.field("Options"), "Для выбора нужны хотя бы два варианта через запятую"));
            }
        }
        return errors;
    }

    /** How the event repeats every year, if the organiser chose so. */
    Optional<YearlyRule> yearly() {
        return YearlyRule.chosen(repeat);
    }

    /** A yearly event: the rule read from the first day, and the event as {@link #toCommand} asks for it. */
    Events.NewSeries toSeries(List<NetworkProjects.Project> projects) {
        YearlyRule rule = yearly().orElseThrow();
        return new Events.NewSeries(rule.recurrence(Typed.date(day)), toCommand(projects), null);
    }

    /** The command for the events service; {@code projects} the network projects the methodist may name. */
    Events.NewEvent toCommand(List<NetworkProjects.Project> projects) {
        Optional<NetworkProjects.Project> project = Optional.ofNullable(Typed.id(organiser))
                .flatMap(id -> projects.stream().filter(p -> p.id().equals(id)).findFirst());
        List<Events.NewQuestion> fields = questions().stream().filter(q -> !q.label().isEmpty())
                .map(q -> new Events.NewQuestion(q.label(), q.type(), q.required(),
                        "CHOICE".equals(q.type()) ? q.optionList() : List.of())).toList();
        return new Events.NewEvent(text(title), Typed.text(description), text(kind), text(format), Typed.text(venue),
                Typed.text(onlineUrl), startsAt(), endsAt(), Typed.whole(capacity), closesAt(),
                "true".equals(requiresApproval), Typed.whole(schoolCap),
                project.isPresent() ? "NETWORK_PROJECT" : null, project.map(NetworkProjects.Project::id).orElse(null),
                project.map(NetworkProjects.Project::name).orElse(null),
                project.map(NetworkProjects.Project::leadSchoolId).orElse(null),
                project.map(NetworkProjects.Project::members).orElse(null), ticked(),
                teams() ? "TEAM" : "INDIVIDUAL", teams() ? Typed.whole(teamMin) : null, teams() ? Typed.whole(teamMax) : null,
                teams() ? Typed.whole(gradeMin) : null, teams() ? Typed.whole(gradeMax) : null,
                Typed.whole(experienceMin), Typed.whole(experienceMax), fields);
    }

    @Nullable
    Instant startsAt() {
        return EventSchedule.startsAt(day, startTime);
    }

    @Nullable
    Instant endsAt() {
        return EventSchedule.endsAt(day, lastDay, endTime);
    }

    @Nullable
    private Instant closesAt() {
        return EventSchedule.closesAt(closesOn, day, startTime);
    }

    private static void range(@Nullable String min, @Nullable String max, String field, String message,
                              List<FormErrors.FieldError> errors) {
        Integer low = Typed.whole(min);
        Integer high = Typed.whole(max);
        if (low != null && high != null && high < low) {
            errors.add(new FormErrors.FieldError(field, message));
        }
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value.strip();
    }

    private static String or(@Nullable String value, String otherwise) {
        return value == null || value.isBlank() ? otherwise : value.strip();
    }
}
