package ru.mentoring.school.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Served from the local read model: the directory answers while the mentor bank is down. A methodist
 * without a school sees every mentor of the bank ({@code scope = ALL}); anyone else what their school may
 * see ({@code scope = SCHOOL}).
 */
@Controller("/api/directory/mentors")
@Secured({Roles.CURATOR, Roles.METHODIST, Roles.MENTOR})
class DirectoryController {

    private static final Map<String, MentorKind> KINDS = Map.ofEntries(
            Map.entry("педагог", MentorKind.TEACHER), Map.entry("учитель", MentorKind.TEACHER),
            Map.entry("обучающийся", MentorKind.PUPIL), Map.entry("ученик", MentorKind.PUPIL),
            Map.entry("родитель", MentorKind.PARENT), Map.entry("студент", MentorKind.UNIVERSITY_STUDENT),
            Map.entry("работодатель", MentorKind.EMPLOYER), Map.entry("выпускник", MentorKind.GRADUATE));

    private final DirectoryQueries queries;

    DirectoryController(DirectoryQueries queries) {
        this.queries = queries;
    }

    /**
     * {@code strength}, {@code subject}, {@code q}: words in any form; {@code form}, {@code format}: catalogue
     * codes (TEACHER_PUPIL, REVERSE); {@code kind}: TEACHER, PUPIL… or its Russian name; {@code minFreeSeats}:
     * at least that many free seats, taking requests.
     */
    @Get
    DirectoryPage list(Authentication authentication, @Nullable @QueryValue String q,
                       @Nullable @QueryValue String strength, @Nullable @QueryValue String form,
                       @Nullable @QueryValue String format, @Nullable @QueryValue String subject,
                       @Nullable @QueryValue String kind, @Nullable @QueryValue String minFreeSeats) {
        var filter = new DirectoryFilter(blank(strength), blank(form), blank(format), blank(subject), kind(kind),
                seats(minFreeSeats), blank(q));
        Caller caller = Caller.of(authentication);
        if (caller.schoolId().isEmpty() && caller.has(Roles.METHODIST)) {
            return new DirectoryPage(Scope.ALL, queries.everything(filter));
        }
        return new DirectoryPage(Scope.SCHOOL, queries.visibleTo(caller.requireSchool(), filter));
    }

    private static MentorKind kind(String written) {
        String k = blank(written);
        if (k == null) {
            return null;
        }
        try {
            return MentorKind.valueOf(k.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            MentorKind russian = KINDS.get(k.toLowerCase(Locale.of("ru")));
            if (russian == null) {
                throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Неизвестная категория наставника «" + k
                        + "»: педагог, обучающийся, родитель, студент, работодатель или выпускник");
            }
            return russian;
        }
    }

    private static Integer seats(String written) {
        String s = blank(written);
        if (s == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(s);
            if (n < 0 || n > 50) {
                throw new NumberFormatException(s);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new HttpStatusException(HttpStatus.BAD_REQUEST, "Число свободных мест — целое от 0 до 50, а не «" + s + "»");
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    enum Scope {
        /** every mentor of the bank: the methodist's view */
        ALL,
        /** what the caller's school may see */
        SCHOOL
    }

    @Serdeable
    record DirectoryPage(Scope scope, List<DirectoryMentor> items) {
    }
}
