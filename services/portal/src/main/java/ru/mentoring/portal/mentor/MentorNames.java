package ru.mentoring.portal.mentor;

import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PortalUser;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The mentors a user may see, for naming and picking them on other pages. The methodist reads the
 * bank itself; curators and mentors see only what their school's directory shows, so a page never
 * names a mentor the user could not look up.
 */
@Singleton
public class MentorNames {

    private final MentorBankClient bank;
    private final SchoolClient school;

    MentorNames(MentorBankClient bank, SchoolClient school) {
        this.bank = bank;
        this.school = school;
    }

    /** The mentors approved into the municipal bank (visibility MUNICIPAL), by name; the methodist only. */
    public List<MentorChoice> municipal() {
        return bank(MentorVisibility.MUNICIPAL.name());
    }

    /** The user's school directory, by name. */
    public List<MentorChoice> directory() {
        return school.directory(null).list().stream()
                .map(e -> new MentorChoice(e.id(), e.fullName(), e.homeSchoolId(), MentorLabels.kind(e.kind()),
                        e.freeCapacity() == null ? 0 : Math.max(0, e.freeCapacity())))
                .sorted(Comparator.comparing(MentorChoice::fullName)).toList();
    }

    /** What the user may see: the whole bank for the methodist, the directory for everyone else. */
    public List<MentorChoice> visibleTo(Authentication user) {
        return PortalUser.of(user).isMethodist() ? bank(null) : directory();
    }

    public static Map<UUID, String> byId(Collection<MentorChoice> mentors) {
        return mentors.stream().collect(Collectors.toMap(MentorChoice::id, MentorChoice::fullName, (a, b) -> a));
    }

    /** The choices of a select; none is chosen, the select starts at its blank option. */
    public static List<Option> options(Collection<MentorChoice> mentors) {
        return Option.of(mentors, m -> m.id().toString(), MentorChoice::label, m -> false);
    }

    /** A mentor the user's lists do not hold, still recognisable by the start of the id. */
    public static String unknown(UUID id) {
        return "наставник " + id.toString().substring(0, 8);
    }

    private List<MentorChoice> bank(String visibility) {
        return bank.search(null, null, null, null, null, visibility, null, null, null, null).list().stream()
                .map(m -> new MentorChoice(m.id(), m.fullName(), m.homeSchoolId(), MentorLabels.kind(m.kind()),
                        Math.max(0, m.freeCapacity())))
                .sorted(Comparator.comparing(MentorChoice::fullName)).toList();
    }
}
