package ru.mentoring.mentorbank.spreadsheet;

import ru.mentoring.mentorbank.catalogue.PhraseMatcher;

import java.util.Optional;

/** What the row parser asks of the bank: the catalogues' meaning of a phrase, and the school a cell names. */
interface Vocabulary {

    Optional<PhraseMatcher.Match> competency(String phrase);

    /** The form's code. */
    Optional<String> form(String phrase);

    /** The format's code. */
    Optional<String> format(String phrase);

    /** The id of the school a cell names by code, name or short name («СОШ №1», «школа № 1»). */
    Optional<String> school(String written);
}
