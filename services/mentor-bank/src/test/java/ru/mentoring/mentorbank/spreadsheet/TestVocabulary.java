package ru.mentoring.mentorbank.spreadsheet;

import ru.mentoring.mentorbank.catalogue.CatalogueMother;
import ru.mentoring.mentorbank.catalogue.PhraseMatcher;
import ru.mentoring.mentorbank.school.School;
import ru.mentoring.mentorbank.school.SchoolNames;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The catalogues and schools as the migrations and the demo seed them, for parsing rows without a database. */
final class TestVocabulary implements Vocabulary {

    private final PhraseMatcher competencies = PhraseMatcher.lenient(CatalogueMother.competencies(),
            CatalogueMother.competencySynonyms());
    private final PhraseMatcher forms = PhraseMatcher.strict(CatalogueMother.forms(), CatalogueMother.formSynonyms());
    private final PhraseMatcher formats = PhraseMatcher.lenient(CatalogueMother.formats(), Map.of());
    private final Map<String, String> schools = SchoolNames.index(List.of(
            new School("1", "МАОУ «Средняя общеобразовательная школа № 1»", "СОШ № 1", null),
            new School("2", "МАОУ «Гимназия № 2»", "Гимназия № 2", null)));

    @Override
    public Optional<PhraseMatcher.Match> competency(String phrase) {
        return competencies.match(phrase);
    }

    @Override
    public Optional<String> form(String phrase) {
        return forms.match(phrase).map(m -> m.first().code());
    }

    @Override
    public Optional<String> format(String phrase) {
        return formats.match(phrase).map(m -> m.first().code());
    }

    @Override
    public Optional<String> school(String written) {
        return SchoolNames.find(schools, written);
    }
}
