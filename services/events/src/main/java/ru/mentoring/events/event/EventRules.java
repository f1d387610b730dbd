package ru.mentoring.events.event;

import jakarta.inject.Singleton;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Turns an organiser's form into an event, or lists every reason it cannot be one. No state, no I/O. */
@Singleton
class EventRules {

    Event newEvent(CreateEventCommand c, Person organiser, UUID seriesId, Instant now) {
        List<String> problems = new ArrayList<>();
        Organiser kind = organiserKind(c, organiser, problems);
        String organiserSchool = organiserSchool(kind, c, organiser, problems);
        List<String> members = EventService.distinct(c.memberSchoolIds());
        if (kind == Organiser.NETWORK_PROJECT) {
            if (c.networkProjectId() == null || c.networkProjectName() == null || c.networkProjectName().isBlank()) {
                problems.add("Укажите сетевой проект, который проводит мероприятие");
            }
            if (organiserSchool != null && !members.contains(organiserSchool)) {
                members.add(0, organiserSchool);
            }
        } else {
            members = List.of();
        }
        Instant opensAt = c.opensAt() != null ? c.opensAt() : now;
        Instant closesAt = c.closesAt() != null ? c.closesAt() : c.startsAt();
        checkDates(c.startsAt(), c.endsAt(), opensAt, closesAt, problems);
        Participation participation = c.participation() != null ? c.participation()
                : c.audience() != null && c.audience().contains(Audience.PUPIL_TEAM) ? Participation.TEAM : Participation.INDIVIDUAL;
        checkTeams(c, participation, problems);
        checkRange(c.experienceMin(), c.experienceMax(), "Минимальный стаж больше максимального", problems);
        if (c.format() == EventFormat.IN_PERSON && blank(c.venue())) {
            problems.add("Укажите место проведения очного мероприятия");
        }
        if (c.format() != null && c.format() != EventFormat.IN_PERSON && blank(c.onlineUrl())) {
            problems.add("Укажите ссылку на онлайн-трансляцию");
        }
        List<ApplicationField> fields = fields(c.fields(), problems);
        Map<String, Integer> caps = EventService.caps(c.schoolCaps());
        if (caps.keySet().stream().anyMatch(String::isBlank)) {
            problems.add("Укажите школу для каждого лимита мест");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        return new Event(UUID.randomUUID(), seriesId, c.title().strip(), trim(c.description()), c.kind(), kind,
                organiserSchool, kind == Organiser.NETWORK_PROJECT ? c.networkProjectId() : null,
                kind == Organiser.NETWORK_PROJECT ? c.networkProjectName().strip() : null, members, c.format(),
                trim(c.venue()), trim(c.onlineUrl()), c.startsAt(), c.endsAt(), c.capacity(), 0, 0, opensAt, closesAt,
                Boolean.TRUE.equals(c.requiresApproval()), c.schoolCap(), caps, EventService.audience(c.audience()),
                participation, participation == Participation.TEAM ? c.teamMin() : null,
                participation == Participation.TEAM ? c.teamMax() : null, c.gradeMin(), c.gradeMax(), c.experienceMin(),
                c.experienceMax(), fields, organiser.subject(), null);
    }

    /** The event with the organiser's changes, or every reason they cannot be made. */
    Event edited(Event e, EditEventCommand c, Instant now) {
        List<String> problems = new ArrayList<>();
        if (e.cancelled()) {
            problems.add("Мероприятие отменено: изменить его нельзя");
        } else if (!e.endsAt().isAfter(now)) {
            problems.add("Мероприятие уже прошло: изменить его нельзя");
        }
        Instant closesAt = c.closesAt() != null ? c.closesAt() : c.startsAt();
        checkDates(c.startsAt(), c.endsAt(), e.opensAt(), closesAt, problems);
        if (c.format() == EventFormat.IN_PERSON && blank(c.venue())) {
            problems.add("Укажите место проведения очного мероприятия");
        }
        if (c.format() != EventFormat.IN_PERSON && blank(c.onlineUrl())) {
            problems.add("Укажите ссылку на онлайн-трансляцию");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        return new Event(e.id(), e.seriesId(), c.title().strip(), trim(c.description()), e.kind(), e.organiser(),
                e.organiserSchoolId(), e.networkProjectId(), e.networkProjectName(), e.memberSchoolIds(), c.format(),
                trim(c.venue()), trim(c.onlineUrl()), c.startsAt(), c.endsAt(), e.capacity(), e.taken(), e.waiting(), e.opensAt(),
                closesAt, e.requiresApproval(), e.schoolCap(), e.schoolCaps(), e.audience(), e.participation(),
                e.teamMin(), e.teamMax(), e.gradeMin(), e.gradeMax(), e.experienceMin(), e.experienceMax(), e.fields(),
                e.createdBy(), null);
    }

    /** The organiser's cancellation of the event, or every reason it cannot be cancelled now. */
    Cancellation cancellation(Event e, String reason, Instant now) {
        List<String> problems = new ArrayList<>();
        if (e.cancelled()) {
            problems.add("Мероприятие уже отменено");
        } else if (!e.startsAt().isAfter(now)) {
            problems.add("Мероприятие уже началось: отменить его нельзя");
        }
        if (blank(reason)) {
            problems.add("Укажите причину отмены: её получат все подавшие заявку");
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        return new Cancellation(now, reason.strip());
    }

    private static Organiser organiserKind(CreateEventCommand c, Person organiser, List<String> problems) {
        if (organiser.municipal()) {
            Organiser wanted = c.organiser() != null ? c.organiser() : Organiser.MUNICIPALITY;
            if (wanted == Organiser.SCHOOL) {
                problems.add("Мероприятие школы создаёт куратор этой школы");
            }
            return wanted;
        }
        if (!organiser.has(Roles.CURATOR)) {
            throw new io.micronaut.http.exceptions.HttpStatusException(io.micronaut.http.HttpStatus.FORBIDDEN,
                    "Создавать мероприятия могут методисты и кураторы");
        }
        Organiser wanted = c.organiser() != null ? c.organiser() : Organiser.SCHOOL;
        if (wanted == Organiser.MUNICIPALITY) {
            problems.add("Муниципальное мероприятие создаёт методист ИМЦ");
        }
        return wanted;
    }

    /** A curator's school is the token's; the methodist names a network project's lead school. */
    private static String organiserSchool(Organiser kind, CreateEventCommand c, Person organiser, List<String> problems) {
        if (kind == Organiser.MUNICIPALITY) {
            return null;
        }
        if (!organiser.municipal()) {
            return organiser.caller().requireSchool();
        }
        if (blank(c.leadSchoolId())) {
            problems.add("Укажите ведущую школу сетевого проекта");
            return "—";
        }
        return c.leadSchoolId().strip();
    }

    private static void checkDates(Instant startsAt, Instant endsAt, Instant opensAt, Instant closesAt, List<String> problems) {
        if (!endsAt.isAfter(startsAt)) {
            problems.add("Мероприятие должно заканчиваться позже, чем начинается");
        }
        if (!closesAt.isAfter(opensAt)) {
            problems.add("Регистрация должна закрываться позже, чем открывается");
        }
        if (closesAt.isAfter(startsAt)) {
            problems.add("Регистрация должна закрываться не позже начала мероприятия");
        }
    }

    private static void checkTeams(CreateEventCommand c, Participation participation, List<String> problems) {
        if (participation == Participation.TEAM) {
            if (c.teamMin() == null || c.teamMax() == null) {
                problems.add("Для командного мероприятия укажите наименьший и наибольший размер команды");
            } else {
                checkRange(c.teamMin(), c.teamMax(), "Наименьший размер команды больше наибольшего", problems);
            }
        }
        checkRange(c.gradeMin(), c.gradeMax(), "Начальный класс больше конечного", problems);
    }

    private static void checkRange(Integer min, Integer max, String message, List<String> problems) {
        if (min != null && max != null && min > max) {
            problems.add(message);
        }
    }

    private static List<ApplicationField> fields(List<CreateEventCommand.FieldCommand> given, List<String> problems) {
        if (given == null) {
            return List.of();
        }
        List<ApplicationField> fields = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        int n = 0;
        for (CreateEventCommand.FieldCommand f : given) {
            n++;
            String code = blank(f.code()) ? "q" + n : f.code().strip().toLowerCase(Locale.ROOT);
            if (!codes.add(code)) {
                problems.add("Вопросы заявки повторяются: «" + f.label() + "»");
            }
            List<String> options = f.options() == null ? List.of() : f.options().stream().map(String::strip).toList();
            if (f.type() == FieldType.CHOICE && options.size() < 2) {
                problems.add("У вопроса «" + f.label() + "» укажите хотя бы два варианта ответа");
            }
            fields.add(new ApplicationField(code, f.label().strip(), f.type(), Boolean.TRUE.equals(f.required()),
                    f.type() == FieldType.CHOICE ? options : List.of()));
        }
        return fields;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.strip();
    }
}
