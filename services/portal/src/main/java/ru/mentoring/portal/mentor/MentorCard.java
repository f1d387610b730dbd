package ru.mentoring.portal.mentor;

import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.PageModel;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mentor's card: every profile field under its Russian label, grouped the way the methodist
 * reads a personal file, and the seats.
 */
record MentorCard(UUID id, String fullName, List<Field> main, List<Field> profile, List<Field> contacts,
                  int capacity, int busy, int pending, int free, String status, String statusText) implements PageModel {

    /** ACTIVE, PAUSED or LEFT: which of «Приостановить», «Вернуть», «Вывести из банка» the card offers. */
    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean isPaused() {
        return "PAUSED".equals(status);
    }

    public boolean hasLeft() {
        return "LEFT".equals(status);
    }

    @Override
    public String view() {
        return "mentor-card";
    }

    @Override
    public String title() {
        return fullName;
    }

    /** One labelled line of the card; an empty value reads «не указано». */
    record Field(String label, String value) {
        static Field of(String label, Object value) {
            String text = value == null ? "" : value.toString().strip();
            return new Field(label, text.isEmpty() || text.equals("—") ? "не указано" : text);
        }
    }

    static MentorCard of(Mentors.Mentor m, Schools schools, Map<String, String> formTitles,
                         Map<String, String> formatTitles) {
        List<String> forms = m.formList().stream().map(code -> formTitles.getOrDefault(code, code)).toList();
        List<String> formats = m.formatList().stream().map(code -> formatTitles.getOrDefault(code, code)).toList();
        List<Field> main = List.of(
                Field.of("Категория", MentorLabels.kind(m.kind())),
                Field.of("Школа", m.homeSchoolId() == null ? null : schools.label(m.homeSchoolId())),
                Field.of("Организация", m.organisation()),
                Field.of("Должность", m.position()),
                Field.of("Квалификационная категория", m.qualificationCategory()),
                Field.of("Педагогический стаж", m.experienceYears() == null ? null : years(m.experienceYears())),
                Field.of("Доступность", MentorLabels.visibility(m.visibility())));
        List<Field> profile = List.of(
                Field.of("Предметы", MentorLabels.joined(m.subjectList())),
                Field.of("Сильные стороны", MentorLabels.joined(m.strengthList())),
                Field.of("Сильные стороны своими словами", MentorLabels.joined(m.ownStrengthList())),
                Field.of("Формы наставничества", MentorLabels.joined(forms)),
                Field.of("Виды наставничества педагогов", MentorLabels.joined(formats)),
                Field.of("Время для наставничества", m.timeAvailable()),
                Field.of("Интересы", m.interests()),
                Field.of("Желаемый возраст наставляемых", m.preferredMenteeAge()),
                Field.of("Достижения и награды", m.achievements()),
                Field.of("Обучение по наставничеству", m.trainingCompleted()),
                Field.of("Член ассоциации наставников", MentorLabels.yesNo(Boolean.TRUE.equals(m.associationMember()))));
        List<Field> contacts = List.of(
                Field.of("Электронная почта", m.email()),
                Field.of("Телефон", m.phone()),
                Field.of("Дата рождения", m.birthDate() == null ? null : Dates.day(m.birthDate())));
        String statusText = MentorLabels.status(m.statusCode())
                + (m.statusReason() == null || m.statusReason().isBlank() ? "" : " (" + m.statusReason().strip() + ")");
        return new MentorCard(m.id(), m.fullName(), main, profile, contacts, m.capacity(), m.activeAssignments(),
                m.reservedSeats(), Math.max(0, m.freeCapacity()), m.statusCode(), statusText);
    }

    /** «1 год», «3 года», «11 лет»: Russian plural of years. */
    static String years(int n) {
        int mod100 = n % 100;
        int mod10 = n % 10;
        String word = mod100 >= 11 && mod100 <= 14 ? "лет" : mod10 == 1 ? "год" : mod10 >= 2 && mod10 <= 4 ? "года" : "лет";
        return n + " " + word;
    }
}
