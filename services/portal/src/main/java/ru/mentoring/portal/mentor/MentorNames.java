package ru.mentoring.portal.mentor;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.portal.web.PortalUser;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mentors a user may see, for naming and picking them on other pages. The methodist reads the
 * bank itself; curators and mentors see only what their school's directory shows, so a page never
 * names a mentor the user could not look up.
 */
@Singleton
public class MentorNames {

    private final MentorBank bank;
    private final SchoolService school;

    MentorNames(MentorBank bank, SchoolService school) {
        this.bank = bank;
        this.school = school;
    }

    /** The whole municipal bank, by name; the methodist only. */
    public List<MentorChoice> bank(Authentication user) {
        return search(new BankFilter(null, null, null, null, null, null, false, null), user);
    }

    /** The mentors approved into the municipal bank (visibility MUNICIPAL), by name; the methodist only. */
    public List<MentorChoice> municipal(Authentication user) {
        return search(new BankFilter(null, null, null, null, null, MentorVisibility.MUNICIPAL.name(), false, null),
                user);
    }

    private List<MentorChoice> search(BankFilter filter, Authentication user) {
        return bank.search(filter, user).stream()
                .map(m -> new MentorChoice(m.id(), m.fullName(), m.homeSchoolId(), MentorLabels.kind(m.kind()),
                        Math.max(0, m.freeCapacity())))
                .sorted(Comparator.comparing(MentorChoice::fullName)).toList();
    }

    /** The user's school directory, by name. */
    public List<MentorChoice> directory(Authentication user) {
        return school.directory(user).stream()
                .map(e -> new MentorChoice(e.id(), e.fullName(), e.homeSchoolId(), MentorLabels.kind(e.kind()),
                        e.freeCapacity() == null ? 0 : Math.max(0, e.freeCapacity())))
                .sorted(Comparator.comparing(MentorChoice::fullName)).toList();
    }

    /** What the user may see: the bank for the methodist, the directory for everyone else. */
    public List<MentorChoice> visibleTo(Authentication user) {
        return PortalUser.of(user).isMethodist() ? bank(user) : directory(user);
    }

    /** Names by id of {@link #visibleTo}. */
    public Map<String, String> namesFor(Authentication user) {
        return byId(visibleTo(user));
    }

    public static Map<String, String> byId(List<MentorChoice> mentors) {
        return mentors.stream().collect(Collectors.toMap(MentorChoice::id, MentorChoice::fullName, (a, b) -> a));
    }

    /** A mentor the user's lists do not hold, still recognisable by the start of the id. */
    public static String unknown(String id) {
        return "наставник " + (id == null ? "" : id.substring(0, Math.min(8, id.length())));
    }
}
