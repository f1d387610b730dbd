package ru.mentoring.portal.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.uri.UriBuilder;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.web.Backend;

import java.time.LocalDate;
import java.util.List;

/** The municipal mentor bank, where a methodist registers, finds, edits, imports and exports mentors. */
@Singleton
class MentorBank {

    private final Backend backend;

    MentorBank(@Client("${mentoring.services.mentor-bank-url}") HttpClient client, ObjectMapper json) {
        this.backend = new Backend("Банк наставников", client, json);
    }

    Registered register(Registration registration, Authentication user) {
        return backend.post("/api/mentors", registration, user, Registered.class);
    }

    List<MentorProfile> search(BankFilter filter, Authentication user) {
        UriBuilder uri = UriBuilder.of("/api/mentors");
        filter.parameters().forEach(uri::queryParam);
        return backend.get(uri.toString(), user, MentorProfile.Page.class).entries();
    }

    MentorProfile find(String id, Authentication user) {
        return backend.get("/api/mentors/" + id, user, MentorProfile.class);
    }

    MentorProfile update(String id, ProfileCommand command, Authentication user) {
        return backend.put("/api/mentors/" + id, command, user, MentorProfile.class);
    }

    /**
     * The mentor's contacts, or empty when this user's school may not see them (the bank shows them
     * to the methodist, the home school and the schools where the mentor is assigned).
     */
    java.util.Optional<Contacts> contacts(String id, Authentication user) {
        try {
            return java.util.Optional.of(backend.get("/api/mentors/" + id + "/contacts", user, Contacts.class));
        } catch (ru.mentoring.portal.web.BackendException.Rejected e) {
            if (e.status() == 404) {
                return java.util.Optional.empty();
            }
            throw e;
        }
    }

    @Serdeable
    record Contacts(String mentorId, String fullName, @Nullable String email, @Nullable String phone) {
    }

    Backend.Download export(Authentication user) {
        return backend.download("/api/mentors/export", user);
    }

    ImportResult importFile(String filename, String contentType, byte[] content, Authentication user) {
        return backend.upload("/api/mentors/import", filename, contentType, content, user, ImportResult.class);
    }

    /** The body of {@code POST /api/mentors} from the short «Новый наставник» form. */
    @Serdeable
    record Registration(@Nullable String fullName, @Nullable String kind, @Nullable Integer capacity,
                        @Nullable String homeSchoolId, @Nullable String organisation, @Nullable String position,
                        @Nullable String email, List<String> strengths) {
    }

    @Serdeable
    record Registered(String id, String fullName) {
    }

    /** The whole profile, the body of {@code PUT /api/mentors/{id}}; codes as text, the bank checks them. */
    @Serdeable
    record ProfileCommand(@Nullable String fullName, @Nullable String kind, @Nullable Integer capacity,
                          @Nullable String homeSchoolId, @Nullable String organisation, @Nullable String position,
                          @Nullable String email, @Nullable String phone, @Nullable LocalDate birthDate,
                          List<String> subjects, List<String> strengths, List<String> forms,
                          @Nullable String qualificationCategory, @Nullable Integer experienceYears,
                          @Nullable String timeAvailable, @Nullable String interests,
                          @Nullable String preferredMenteeAge, @Nullable String achievements,
                          @Nullable String trainingCompleted, boolean associationMember,
                          @Nullable String visibility) {
    }

    /** {@code POST /api/mentors/import}: how many rows came in, and which were refused and why. */
    @Serdeable
    record ImportResult(int imported, @Nullable List<RejectedRow> rejected, int skippedEmptyRows) {
        List<RejectedRow> rejectedRows() {
            return rejected == null ? List.of() : rejected;
        }
    }

    @Serdeable
    record RejectedRow(int row, @Nullable String fullName, @Nullable String reason) {
    }
}
