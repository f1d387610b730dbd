package ru.mentoring.portal.matching;

import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.web.Option;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A mentor offered for a mentee with the accept form's choices: the forms of the catalogue with the likely
 * one preselected.
 */
public record Offered(UUID menteeId, String menteeName, String menteePlace, Explained mentor, List<Option> forms) {

    public static Offered of(UUID menteeId, String menteeName, String menteePlace, Explained mentor,
                             String menteeKind, String mentorKind, List<Catalogue.Entry> catalogue) {
        Set<String> codes = catalogue.stream().map(Catalogue.Entry::code).collect(Collectors.toSet());
        String guess = FormGuess.of(menteeKind, mentorKind, codes);
        return new Offered(menteeId, menteeName, menteePlace, mentor,
                Option.of(catalogue, Catalogue.Entry::code, Catalogue.Entry::title, f -> f.code().equals(guess)));
    }
}
