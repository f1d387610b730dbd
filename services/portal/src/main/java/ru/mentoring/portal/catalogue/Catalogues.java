package ru.mentoring.portal.catalogue;

import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mentor bank's managed lists every form picks from: competencies (strengths), mentoring forms
 * and the municipality's schools. Read per page with the user's token, like everything else: they
 * are short, and a methodist's new competency shows up at once. While the bank does not answer, each
 * list is the one it last gave (the same for every user: only active entries, every school), so pages
 * whose own data lives in another service — the events calendar and check-in, the library, the
 * school's pairs — keep working (ADR 0024).
 */
@Singleton
public class Catalogues {

    /** The bank's names of its three lists, as its addresses spell them. */
    public static final String COMPETENCIES = "competencies";
    public static final String FORMS = "forms";
    public static final String FORMATS = "mentoring-formats";

    private final MentorBankClient bank;
    private final LastAnswer<Catalogue.Entry> competencies = new LastAnswer<>();
    private final LastAnswer<Catalogue.Entry> forms = new LastAnswer<>();
    private final LastAnswer<Catalogue.Entry> formats = new LastAnswer<>();
    private final LastAnswer<Catalogue.School> schools = new LastAnswer<>();

    Catalogues(MentorBankClient bank) {
        this.bank = bank;
    }

    public List<Catalogue.Entry> competencies() {
        return competencies.read(() -> bank.competencies().list());
    }

    public List<Catalogue.Entry> forms() {
        return forms.read(() -> bank.forms().list());
    }

    /** The kinds and formats of teacher mentoring (DOMAIN §3.2). */
    public List<Catalogue.Entry> formats() {
        return formats.read(() -> bank.formats().list());
    }

    /**
     * The schools' names. A page never fails for them: when the bank cannot give them and has not given
     * them since the portal started, or refuses them, schools are named by their codes («школа № 1»).
     * Only an expired sign-in is passed on, to sign in again.
     */
    public Schools schools() {
        try {
            return new Schools(schools.read(() -> bank.schools().list()));
        } catch (BackendException.Unauthorized signInAgain) {
            throw signInAgain;
        } catch (BackendException notNow) {
            return new Schools(List.of());
        }
    }

    /** Drops what the bank last said: the portal's tests, which share one portal, start each case from nothing. */
    public void forget() {
        competencies.forget();
        forms.forget();
        formats.forget();
        schools.forget();
    }

    /** The title of each code, for showing the codes a profile stores. */
    public static Map<String, String> titles(List<Catalogue.Entry> entries) {
        return entries.stream().collect(Collectors.toMap(Catalogue.Entry::code, Catalogue.Entry::title, (a, b) -> a));
    }

    /** A list's last answer, given instead of the bank's while the bank is unavailable; shared, so unmodifiable. */
    private static final class LastAnswer<T> {

        private final AtomicReference<List<T>> last = new AtomicReference<>();

        List<T> read(Supplier<List<T>> bank) {
            try {
                List<T> fresh = List.copyOf(bank.get());
                last.set(fresh);
                return fresh;
            } catch (BackendException.Unavailable down) {
                List<T> remembered = last.get();
                if (remembered == null) {
                    throw down;
                }
                return remembered;
            }
        }

        void forget() {
            last.set(null);
        }
    }
}
