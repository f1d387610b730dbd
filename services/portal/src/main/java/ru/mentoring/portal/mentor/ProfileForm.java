package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.portal.web.Dates;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mentor card's edit form exactly as typed, so a refused form comes back with the methodist's
 * input. Strengths and forms are checkboxes (codes or titles from the catalogues), subjects a
 * comma-separated line.
 */
@Introspected
@Serdeable
record ProfileForm(@Nullable String fullName, @Nullable String kind, @Nullable String capacity,
                   @Nullable String homeSchoolId, @Nullable String organisation, @Nullable String position,
                   @Nullable String email, @Nullable String phone, @Nullable String birthDate,
                   @Nullable String subjects, @Nullable List<String> strengths, @Nullable List<String> forms,
                   @Nullable String qualificationCategory, @Nullable String experienceYears,
                   @Nullable String timeAvailable, @Nullable String interests, @Nullable String preferredMenteeAge,
                   @Nullable String achievements, @Nullable String trainingCompleted,
                   @Nullable String associationMember, @Nullable String visibility) {

    static ProfileForm of(MentorProfile m) {
        return new ProfileForm(m.fullName(), m.kind(), String.valueOf(m.capacity()), m.homeSchoolId(),
                m.organisation(), m.position(), m.email(), m.phone(),
                m.birthDate() == null ? "" : m.birthDate().toString(), String.join(", ", m.subjectList()),
                m.strengthList(), m.formList(), m.qualificationCategory(),
                m.experienceYears() == null ? "" : m.experienceYears().toString(), m.timeAvailable(), m.interests(),
                m.preferredMenteeAge(), m.achievements(), m.trainingCompleted(),
                Boolean.TRUE.equals(m.associationMember()) ? "true" : null, m.visibility());
    }

    List<String> strengthList() {
        return strengths == null ? List.of() : strengths.stream().filter(s -> !s.isBlank()).distinct().toList();
    }

    List<String> formList() {
        return forms == null ? List.of() : forms.stream().filter(s -> !s.isBlank()).distinct().toList();
    }

    /** For the checkboxes: is this catalogue entry ticked, by code or by title. */
    public boolean hasStrength(String code, String title) {
        return strengthList().stream().anyMatch(s -> s.equalsIgnoreCase(code) || s.equalsIgnoreCase(title));
    }

    public boolean hasForm(String code, String title) {
        return formList().stream().anyMatch(s -> s.equalsIgnoreCase(code) || s.equalsIgnoreCase(title));
    }

    public boolean isAssociationMember() {
        return associationMember != null && !associationMember.isBlank() && !"false".equals(associationMember);
    }

    /** What the bank would refuse in English or cannot receive at all, said in Russian first. */
    Map<String, String> check() {
        Map<String, String> errors = new LinkedHashMap<>();
        if (kind == null || Arrays.stream(MentorKind.values()).noneMatch(k -> k.name().equals(kind))) {
            errors.put("kind", "Выберите категорию наставника");
        }
        if (visibility != null && !visibility.isBlank()
                && Arrays.stream(MentorVisibility.values()).noneMatch(v -> v.name().equals(visibility))) {
            errors.put("visibility", "Выберите доступность наставника");
        }
        if (blank(capacity) || whole(capacity) == null) {
            errors.put("capacity", "Вместимость — целое число от 1 до 50");
        }
        if (!blank(experienceYears) && whole(experienceYears) == null) {
            errors.put("experienceYears", "Стаж — целое число лет");
        }
        if (!blank(birthDate) && date(birthDate) == null) {
            errors.put("birthDate", "Дата рождения — в формате ДД.ММ.ГГГГ");
        }
        return errors;
    }

    MentorBank.ProfileCommand toCommand() {
        return new MentorBank.ProfileCommand(trim(fullName), trim(kind), whole(capacity), trim(homeSchoolId),
                trim(organisation), trim(position), trim(email), trim(phone), date(birthDate), subjectList(),
                strengthList(), formList(), trim(qualificationCategory), whole(experienceYears), trim(timeAvailable),
                trim(interests), trim(preferredMenteeAge), trim(achievements), trim(trainingCompleted),
                isAssociationMember(), trim(visibility));
    }

    /** «математика; физика, информатика» → three subjects. */
    List<String> subjectList() {
        return subjects == null ? List.of()
                : Arrays.stream(subjects.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    @Nullable
    private static Integer whole(@Nullable String value) {
        try {
            return blank(value) ? null : Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Nullable
    static LocalDate date(@Nullable String value) {
        return Dates.parse(value);
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    @Nullable
    private static String trim(@Nullable String value) {
        return blank(value) ? null : value.strip();
    }
}
