package ru.mentoring.portal.testing;

import ru.mentoring.portal.backend.events.Events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Events, applications and a competition as the events service answers them, for the page tests. */
public final class EventsMother {

    public static final UUID EVENT = UUID.fromString("e0000000-0000-4000-8000-000000000001");
    public static final UUID REG = UUID.fromString("e0000000-0000-4000-8000-000000000011");
    public static final UUID WAITING = UUID.fromString("e0000000-0000-4000-8000-000000000012");
    public static final UUID PENDING = UUID.fromString("e0000000-0000-4000-8000-000000000013");
    public static final UUID COMPETITION = UUID.fromString("e0000000-0000-4000-8000-000000000021");
    public static final UUID ENTRY = UUID.fromString("e0000000-0000-4000-8000-000000000031");
    public static final UUID CRITERION = UUID.fromString("e0000000-0000-4000-8000-000000000041");
    public static final UUID SERIES = UUID.fromString("e0000000-0000-4000-8000-000000000051");

    private EventsMother() {
    }

    public static Events.Event seminar(boolean open, boolean manageable) {
        return new Events.Event(EVENT, null, "Семинар «Формирующее оценивание»", "Практикум для пар", "SEMINAR", "Семинар",
                "MUNICIPALITY", "Муниципальная методическая служба", null, null, null, List.of(), "HYBRID", "Смешанный формат",
                "ИМЦ, ауд. 12", "https://vk.com/video/imc", Instant.parse("2027-03-03T07:00:00Z"),
                Instant.parse("2027-03-03T10:00:00Z"), 3, 3, 0, Instant.parse("2027-02-01T07:00:00Z"),
                Instant.parse("2027-03-03T07:00:00Z"), open, false, 2, Map.of("1", 1), List.of("MENTOR"), "INDIVIDUAL",
                null, null, null, null,
                List.of(new Events.Field("section", "Секция", "CHOICE", true, List.of("Педагоги", "Ученики")),
                        new Events.Field("topic", "Тема выступления", "TEXT", false, null)),
                List.of("Участники: наставники", "Не больше 2 мест на школу"), manageable, false, null);
    }

    /** The seminar its organiser cancelled. */
    public static Events.Event cancelled(boolean manageable) {
        var s = seminar(false, manageable);
        return new Events.Event(s.id(), null, s.title(), s.description(), s.kind(), s.kindTitle(), s.organiser(),
                s.organiserTitle(), null, null, null, List.of(), s.format(), s.formatTitle(), s.venue(), s.onlineUrl(), s.startsAt(),
                s.endsAt(), s.capacity(), 0, s.capacity(), s.opensAt(), s.closesAt(), false, s.requiresApproval(), s.schoolCap(),
                s.schoolCaps(), s.audience(), s.participation(), null, null, null, null, s.fields(), s.rules(), manageable, true,
                "Ведущий заболел, семинар пройдёт весной.");
    }

    /** The events service's vocabulary, in part. */
    public static Events.Vocabulary vocabulary() {
        return new Events.Vocabulary(
                List.of(new Events.Term("SEMINAR", "Семинар"), new Events.Term("INTERNSHIP", "Стажировка")),
                List.of(new Events.Term("IN_PERSON", "Очно"), new Events.Term("ONLINE", "Онлайн"),
                        new Events.Term("HYBRID", "Смешанный формат")),
                List.of(new Events.Term("MENTOR", "наставники"), new Events.Term("TEACHER", "педагоги"),
                        new Events.Term("PUPIL_TEAM", "команды обучающихся")),
                List.of(new Events.Term("TEXT", "текст"), new Events.Term("CHOICE", "выбор из вариантов")));
    }

    /** The seminar as this year's event of a yearly series. */
    public static Events.Event yearly(boolean manageable) {
        var s = seminar(true, manageable);
        return new Events.Event(s.id(), SERIES, s.title(), s.description(), s.kind(), s.kindTitle(), s.organiser(),
                s.organiserTitle(), null, null, null, List.of(), s.format(), s.formatTitle(), s.venue(), s.onlineUrl(), s.startsAt(),
                s.endsAt(), s.capacity(), s.taken(), s.freePlaces(), s.opensAt(), s.closesAt(), s.registrationOpen(),
                s.requiresApproval(), s.schoolCap(), s.schoolCaps(), s.audience(), s.participation(), null, null, null, null,
                s.fields(), s.rules(), manageable, false, null);
    }

    public static Events.Event festival() {
        var s = seminar(true, false);
        return new Events.Event(s.id(), null, "Фестиваль групповых проектов", null, "PROJECT_FESTIVAL",
                "Фестиваль групповых проектов обучающихся", "MUNICIPALITY", s.organiserTitle(), null, null, null, List.of(),
                "IN_PERSON", "Очно", "Дворец творчества", null, s.startsAt(), s.endsAt(), 12, 2, 10, s.opensAt(), s.closesAt(), true,
                false, null, Map.of(), List.of("PUPIL_TEAM"), "TEAM", 3, 5, 5, 11, List.of(),
                List.of("Команды от 3 до 5 человек", "Обучающиеся 5–11 классов"), false, false, null);
    }

    public static Events.Registration registered(String name, String school) {
        return new Events.Registration(REG, 1, EVENT, "REGISTERED", "Зарегистрирован", "SELF", name, name, school, null, null,
                Map.of("section", "Педагоги"), "K7M2QX9P", null, Instant.parse("2027-02-10T07:00:00Z"), null);
    }

    public static Events.Registration waiting(String name, String school, int position) {
        return new Events.Registration(WAITING, 5, EVENT, "WAITLISTED", "В листе ожидания", "SELF", name, name, school, null,
                null, Map.of(), null, null, Instant.parse("2027-02-11T07:00:00Z"), position);
    }

    public static Events.Registration pending(String team, String school) {
        return new Events.Registration(PENDING, 6, EVENT, "PENDING", "На рассмотрении", "TEAM", team, "Ирина Смирнова", school,
                4, List.of(7, 7, 8, 8), Map.of(), null, null, Instant.parse("2027-02-12T07:00:00Z"), null);
    }

    public static Events.Places places() {
        return new Events.Places(3, 3, 0, 2, Map.of("1", 1), List.of(new Events.SchoolPlaces("1", 1, 1)),
                List.of(new Events.SchoolNumbers("1", 1, 1, 0), new Events.SchoolNumbers("2", 2, 0, 1)));
    }

    public static Events.Competition competition(String stage, String stageTitle) {
        var stages = List.of(new Events.StageInfo("ACCEPTANCE", "Приём материалов", LocalDate.of(2027, 2, 10), null, null),
                new Events.StageInfo("TECHNICAL_CHECK", "Техническая экспертиза", LocalDate.of(2027, 2, 17), null, null),
                new Events.StageInfo("CORRESPONDENCE", "Заочный этап (портфолио)", LocalDate.of(2027, 3, 1), null, null),
                new Events.StageInfo("IN_PERSON", "Очный этап (мастер-класс)", LocalDate.of(2027, 3, 15), null, null));
        var event = seminar(false, true);
        return new Events.Competition(COMPETITION, event, stage, stageTitle, stages,
                List.of("Педагог-наставник", "Лучшие практики наставничества"),
                List.of(new Events.Criterion(CRITERION, "CORRESPONDENCE", "Результативность наставничества", 10)), null);
    }

    public static Events.Entry entry() {
        return new Events.Entry(ENTRY, "Пара «учитель — молодой специалист»", "Лучшие практики наставничества",
                "Иванова Мария Сергеевна", "1", "Взаимопосещение уроков и совместное планирование", "https://disk.example.ru/1",
                "ADMITTED", "Допущена", null, null, null, Instant.parse("2027-02-05T07:00:00Z"),
                List.of(new Events.Juror("expert-1", "Татьяна Морозова", null)));
    }
}
