package ru.mentoring.portal.catalogue;

import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mentor bank's managed lists every form picks from: competencies (strengths), mentoring forms
 * and the municipality's schools. Read per page with the user's token, like everything else: they
 * are short, and a methodist's new competency shows up at once.
 */
@Singleton
public class Catalogues {

    /** The bank's names of its three lists, as its addresses spell them. */
    public static final String COMPETENCIES = "competencies";
    public static final String FORMS = "forms";
    public static final String FORMATS = "mentoring-formats";

    private final MentorBankClient bank;

    Catalogues(MentorBankClient bank) {
        this.bank = bank;
    }

    public List<Catalogue.Entry> competencies() {
        return bank.competencies().list();
    }

    public List<Catalogue.Entry> forms() {
        return bank.forms().list();
    }

    /** The kinds and formats of teacher mentoring (DOMAIN §3.2). */
    public List<Catalogue.Entry> formats() {
        return bank.formats().list();
    }

    public Schools schools() {
        return new Schools(bank.schools().list());
    }

    /**
     * The schools' names for a page whose own data comes from elsewhere: while the bank cannot give them,
     * schools are named by their codes («школа № 1») instead of the page failing.
     */
    public Schools schoolsIfAvailable() {
        try {
            return schools();
        } catch (ru.mentoring.portal.backend.BackendException notNow) {
            return new Schools(List.of());
        }
    }

    /** The title of each code, for showing the codes a profile stores. */
    public static Map<String, String> titles(List<Catalogue.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(Catalogue.Entry::code, Catalogue.Entry::title, (a, b) -> a));
    }
}
