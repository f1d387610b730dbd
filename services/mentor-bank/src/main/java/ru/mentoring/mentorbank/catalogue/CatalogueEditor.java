package ru.mentoring.mentorbank.catalogue;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;

/**
 * The methodist keeps the lists: adds, renames, retires and brings back entries and form variants.
 * A retired entry stays on the mentors who have it and is no longer offered. Mentors keep their
 * strengths by title, so renaming a competency renames it on every mentor (who are announced anew)
 * and keeps the old title as a synonym, so sheets written with it still match.
 */
@Singleton
public class CatalogueEditor {

    private final CatalogueRepository repository;
    private final Catalogue catalogue;
    private final MentorService mentors;

    CatalogueEditor(CatalogueRepository repository, Catalogue catalogue, MentorService mentors) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.mentors = mentors;
    }

    /** Which list: the word used in messages and how its codes look. */
    public enum Section {
        COMPETENCY(CatalogueRepository.Kind.COMPETENCIES, "Компетенция", "не найдена", "выведена из употребления: её", false),
        FORM(CatalogueRepository.Kind.FORMS, "Форма наставничества", "не найдена", "выведена из употребления: её", true),
        FORMAT(CatalogueRepository.Kind.FORMATS, "Вид наставничества", "не найден", "выведен из употребления: его", true);

        final CatalogueRepository.Kind kind;
        final String noun;
        final String notFound;
        final String retired;
        final boolean upperCaseCodes;

        Section(CatalogueRepository.Kind kind, String noun, String notFound, String retired, boolean upperCaseCodes) {
            this.kind = kind;
            this.noun = noun;
            this.notFound = notFound;
            this.retired = retired;
            this.upperCaseCodes = upperCaseCodes;
        }
    }

    @Transactional
    public Catalogue.Entry add(Section list, @Nullable String code, String title) {
        String clean = title(title);
        checkTitleFree(list, clean, null);
        String newCode = code == null || code.isBlank()
                ? Codes.from(clean, list.upperCaseCodes, c -> repository.codeTaken(list.kind, c))
                : code.strip();
        if (repository.codeTaken(list.kind, newCode)) {
            throw BusinessRuleException.conflict(list.noun + " с кодом «" + newCode + "» уже есть в справочнике");
        }
        repository.insert(list.kind, newCode, clean);
        catalogue.changed();
        return entry(list, newCode);
    }

    @Transactional
    public Catalogue.Entry rename(Section list, String code, String title) {
        Catalogue.Entry current = entry(list, code);
        String clean = title(title);
        if (clean.equals(current.title())) {
            return current;
        }
        checkTitleFree(list, clean, code);
        repository.rename(list.kind, code, clean);
        if (list == Section.COMPETENCY) {
            repository.removeCompetencySynonym(Phrases.key(clean));
            repository.saveCompetencySynonym(Phrases.key(current.title()), code);
            mentors.renameStrength(current.title(), clean);
        } else if (list == Section.FORM) {
            repository.saveFormSynonym(Phrases.formKey(current.title()), code);
        }
        catalogue.changed();
        return entry(list, code);
    }

    @Transactional
    public Catalogue.Entry retire(Section list, String code) {
        entry(list, code);
        repository.setActive(list.kind, code, false);
        catalogue.changed();
        return entry(list, code);
    }

    @Transactional
    public Catalogue.Entry restore(Section list, String code) {
        entry(list, code);
        repository.setActive(list.kind, code, true);
        catalogue.changed();
        return entry(list, code);
    }

    @Transactional
    public Catalogue.Entry addVariant(String formCode, String title) {
        Catalogue.Entry form = entry(Section.FORM, formCode);
        String clean = title(title);
        if (form.variants().stream().anyMatch(v -> Phrases.formKey(v).equals(Phrases.formKey(clean)))) {
            throw BusinessRuleException.conflict("Вариант «" + clean + "» у формы «" + form.title() + "» уже есть");
        }
        repository.insertVariant(formCode, form.retiredVariants().stream()
                .filter(v -> Phrases.formKey(v).equals(Phrases.formKey(clean))).findFirst().orElse(clean));
        catalogue.changed();
        return entry(Section.FORM, formCode);
    }

    @Transactional
    public Catalogue.Entry renameVariant(String formCode, String title, String newTitle) {
        Catalogue.Entry form = entry(Section.FORM, formCode);
        String clean = title(newTitle);
        variantOf(form, title);
        boolean taken = java.util.stream.Stream.concat(form.variants().stream(), form.retiredVariants().stream())
                .anyMatch(v -> !v.equals(title) && Phrases.formKey(v).equals(Phrases.formKey(clean)));
        if (taken) {
            throw BusinessRuleException.conflict("Вариант «" + clean + "» у формы «" + form.title() + "» уже есть");
        }
        repository.renameVariant(formCode, title, clean);
        catalogue.changed();
        return entry(Section.FORM, formCode);
    }

    @Transactional
    public Catalogue.Entry setVariantActive(String formCode, String title, boolean active) {
        variantOf(entry(Section.FORM, formCode), title);
        repository.setVariantActive(formCode, title, active);
        catalogue.changed();
        return entry(Section.FORM, formCode);
    }

    /** From now on a school's phrase means this competency. */
    @Transactional
    public void rememberSynonym(String phrase, String competencyCode) {
        String key = Phrases.key(phrase);
        Catalogue.Entry competency = entry(Section.COMPETENCY, competencyCode);
        if (!key.isEmpty() && !key.equals(Phrases.key(competency.title()))) {
            repository.saveCompetencySynonym(key, competencyCode);
            catalogue.changed();
        }
    }

    public Catalogue.Entry entry(Section list, String code) {
        var found = switch (list) {
            case COMPETENCY -> catalogue.competency(code);
            case FORM -> catalogue.form(code);
            case FORMAT -> catalogue.format(code);
        };
        return found.orElseThrow(() -> BusinessRuleException.notFound(list.noun + " " + list.notFound + " в справочнике"));
    }

    private static void variantOf(Catalogue.Entry form, String title) {
        boolean known = form.variants().contains(title) || form.retiredVariants().contains(title);
        if (!known) {
            throw BusinessRuleException.notFound("У формы «" + form.title() + "» нет варианта «" + title + "»");
        }
    }

    private void checkTitleFree(Section list, String title, @Nullable String exceptCode) {
        List<Catalogue.Entry> all = switch (list) {
            case COMPETENCY -> catalogue.allCompetencies();
            case FORM -> catalogue.allForms();
            case FORMAT -> catalogue.allFormats();
        };
        java.util.function.Function<String, String> key = list == Section.FORM ? Phrases::formKey : Phrases::key;
        all.stream().filter(e -> !e.code().equals(exceptCode) && key.apply(e.title()).equals(key.apply(title)))
                .findFirst().ifPresent(e -> {
                    throw BusinessRuleException.conflict(list.noun + " «" + e.title() + "» уже есть в справочнике"
                            + (e.active() ? "" : " (" + list.retired + " можно вернуть)"));
                });
    }

    private static String title(String title) {
        String clean = title == null ? "" : title.strip().replaceAll("\\s+", " ");
        if (clean.isEmpty()) {
            throw new BusinessRuleException("Укажите название");
        }
        if (clean.length() > 200) {
            throw new BusinessRuleException("Название не длиннее 200 символов");
        }
        return clean;
    }
}
