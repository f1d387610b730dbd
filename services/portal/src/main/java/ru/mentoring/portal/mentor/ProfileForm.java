package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.validation.annotation.InEnum;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.portal.backend.mentorbank.Mentors;
import ru.mentoring.portal.web.form.DateField;
import ru.mentoring.portal.web.form.EmailField;
import ru.mentoring.portal.web.form.Typed;
import ru.mentoring.portal.web.form.WholeNumber;

import java.util.List;

/**
 * The one mentor form, for a new mentor and for editing one, exactly as typed, fields in the order the
 * page shows them. The school is picked from the bank's list; strengths, forms and kinds of mentoring
 * are checkboxes of the catalogues; a mentor's own phrases (from a school's sheet) are checkboxes too,
 * and new ones may be added in the mentor's words, one per line. The limits are the bank's, said in
 * Russian before the bank is asked.
 */
@Introspected
@Serdeable
record ProfileForm(
        @Nullable @NotBlank(message = "Укажите ФИО наставника") @Size(max = 200, message = "Не длиннее 200 символов") String fullName,
        @Nullable @NotBlank(message = "Выберите категорию наставника")
        @InEnum(value = MentorKind.class, message = "Выберите категорию наставника") String kind,
        @Nullable @NotBlank(message = "Укажите, сколько наставляемых наставник может вести одновременно")
        @WholeNumber(min = 1, max = 50, message = "Вместимость — целое число от 1 до 50") String capacity,
        @Nullable @Size(max = 20, message = "Не длиннее 20 символов") String homeSchoolId,
        @Nullable @Size(max = 300, message = "Не длиннее 300 символов") String organisation,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String position,
        @Nullable @Size(max = 100, message = "Не длиннее 100 символов") String qualificationCategory,
        @Nullable @WholeNumber(min = 0, max = 70, message = "Стаж — целое число лет от 0 до 70") String experienceYears,
        @Nullable @Size(max = 1000, message = "Не длиннее 1000 символов") String subjects,
        @Nullable List<String> strengths,
        @Nullable List<String> ownStrengths,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String newOwnStrengths,
        @Nullable List<String> forms,
        @Nullable List<String> formats,
        @Nullable @Size(max = 500, message = "Не длиннее 500 символов") String timeAvailable,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String interests,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String preferredMenteeAge,
        @Nullable @Size(max = 4000, message = "Не длиннее 4000 символов") String achievements,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String trainingCompleted,
        @Nullable String associationMember,
        @Nullable @InEnum(value = MentorVisibility.class, message = "Выберите доступность наставника") String visibility,
        @Nullable @EmailField(message = "Адрес электронной почты указан неверно") String email,
        @Nullable @Size(max = 40, message = "Не длиннее 40 символов") String phone,
        @Nullable @DateField(message = "Дата рождения — в формате ДД.ММ.ГГГГ") String birthDate) {

    static ProfileForm of(Mentors.Mentor m) {
        return new ProfileForm(m.fullName(), m.kind(), String.valueOf(m.capacity()), m.homeSchoolId(),
                m.organisation(), m.position(), m.qualificationCategory(),
                m.experienceYears() == null ? "" : m.experienceYears().toString(), String.join(", ", m.subjectList()),
                m.strengthList(), m.ownStrengthList(), "", m.formList(), m.formatList(), m.timeAvailable(),
                m.interests(), m.preferredMenteeAge(), m.achievements(), m.trainingCompleted(),
                Boolean.TRUE.equals(m.associationMember()) ? "true" : null, m.visibility(), m.email(), m.phone(),
                m.birthDate() == null ? "" : m.birthDate().toString());
    }

    /** A new mentor: a teacher taking two mentees, in the municipal bank, until the methodist says otherwise. */
    static ProfileForm empty() {
        return new ProfileForm("", "TEACHER", "2", "", "", "", "", "", "", List.of(), List.of(), "", List.of(),
                List.of(), "", "", "", "", "", null, "MUNICIPAL", "", "", "");
    }

    /** A profile may keep a strength by code or by title: either ticks the checkbox. */
    boolean hasStrength(String code, String title) {
        return Typed.ticked(strengths).stream().anyMatch(s -> s.equalsIgnoreCase(code) || s.equalsIgnoreCase(title));
    }

    boolean hasForm(String code, String title) {
        return Typed.ticked(forms).stream().anyMatch(s -> s.equalsIgnoreCase(code) || s.equalsIgnoreCase(title));
    }

    boolean hasFormat(String code) {
        return Typed.ticked(formats).stream().anyMatch(s -> s.equalsIgnoreCase(code));
    }

    boolean hasOwnStrength(String phrase) {
        return Typed.ticked(ownStrengths).contains(phrase);
    }

    /** Public, like every method a template calls. */
    public boolean isAssociationMember() {
        return associationMember != null && !associationMember.isBlank() && !"false".equals(associationMember);
    }

    Mentors.Change toChange() {
        return new Mentors.Change(Typed.text(fullName), Typed.text(kind), Typed.whole(capacity),
                Typed.text(homeSchoolId), Typed.text(organisation), Typed.text(position), Typed.text(email),
                Typed.text(phone), Typed.date(birthDate), Typed.listed(subjects), Typed.ticked(strengths),
                Typed.ticked(forms), Typed.text(qualificationCategory), Typed.whole(experienceYears),
                Typed.text(timeAvailable), Typed.text(interests), Typed.text(preferredMenteeAge),
                Typed.text(achievements), Typed.text(trainingCompleted), isAssociationMember(),
                Typed.text(visibility), allOwnStrengths(), Typed.ticked(formats));
    }

    /** The ticked own phrases and the new ones, one per line (a comma may belong to a phrase). */
    private List<String> allOwnStrengths() {
        List<String> all = new java.util.ArrayList<>(Typed.ticked(ownStrengths));
        if (newOwnStrengths != null) {
            all.addAll(Typed.ticked(java.util.Arrays.asList(newOwnStrengths.split("[;\\n]"))));
        }
        return all.stream().distinct().toList();
    }
}
