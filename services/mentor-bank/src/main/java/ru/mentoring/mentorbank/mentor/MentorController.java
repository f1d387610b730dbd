package ru.mentoring.mentorbank.mentor;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorVisibility;
import ru.mentoring.support.tenancy.Roles;
import ru.mentoring.support.web.BusinessRuleException;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The methodist's mentor bank: contacts included, since the methodist may see them. */
@Controller("/api/mentors")
@Secured(Roles.METHODIST)
class MentorController {

    private final MentorService service;
    private final MentorQueries queries;

    MentorController(MentorService service, MentorQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @Post
    HttpResponse<MentorResponse> register(@Valid @Body MentorProfileCommand command) {
        Mentor mentor = service.register(command);
        return HttpResponse.created(MentorResponse.of(mentor), URI.create("/api/mentors/" + mentor.id()));
    }

    @Put("/{id}")
    MentorResponse update(UUID id, @Valid @Body MentorProfileCommand command) {
        return MentorResponse.of(service.update(id, command));
    }

    @Get("/{id}")
    MentorResponse find(UUID id) {
        return service.find(id).map(MentorResponse::of)
                .orElseThrow(() -> BusinessRuleException.notFound("Наставник не найден"));
    }

    /**
     * Filters combine; {@code strength}, {@code form} and {@code format} match the catalogues' titles or
     * codes ({@code strength} also a mentor's own phrase); {@code status} ACTIVE, PAUSED or LEFT.
     */
    @Get
    MentorList list(@Nullable @QueryValue String strength, @Nullable @QueryValue String form,
                    @Nullable @QueryValue String subject, @Nullable @QueryValue MentorKind kind,
                    @Nullable @QueryValue String school, @Nullable @QueryValue MentorVisibility visibility,
                    @Nullable @QueryValue Integer minFreeCapacity, @Nullable @QueryValue String q,
                    @Nullable @QueryValue String format, @Nullable @QueryValue MentorStatus status) {
        var filter = new MentorQueries.MentorFilter(blank(strength), blank(form), blank(subject), kind, blank(school),
                visibility, minFreeCapacity, blank(q), 500, blank(format), status);
        return new MentorList(queries.search(filter).stream().map(MentorResponse::of).toList());
    }

    /** No new requests until the mentor comes back; the pairs they run go on. */
    @Post("/{id}/pause")
    MentorResponse pause(UUID id, @Nullable @Body StatusChange body) {
        return MentorResponse.of(service.changeStatus(id, MentorStatus.PAUSED, body == null ? null : body.reason()));
    }

    /** The mentor leaves the bank: nobody finds them any more; the pairs they run go on. */
    @Post("/{id}/leave")
    MentorResponse leave(UUID id, @Nullable @Body StatusChange body) {
        return MentorResponse.of(service.changeStatus(id, MentorStatus.LEFT, body == null ? null : body.reason()));
    }

    /** Back from a pause, or back into the bank. */
    @Post("/{id}/resume")
    MentorResponse resume(UUID id) {
        return MentorResponse.of(service.changeStatus(id, MentorStatus.ACTIVE, null));
    }

    @Serdeable
    record StatusChange(@Nullable @jakarta.validation.constraints.Size(max = 1000,
            message = "Причина: не длиннее 1000 символов") String reason) {
    }

    private static String blank(String value) {
        return MentorService.blankToNull(value);
    }

    @Serdeable
    record MentorList(List<MentorResponse> items) {
    }

    @Serdeable
    record MentorResponse(UUID id, long revision, String fullName, MentorKind kind, @Nullable String homeSchoolId,
                          @Nullable String organisation, @Nullable String position, @Nullable String email,
                          @Nullable String phone, @Nullable LocalDate birthDate, List<String> subjects,
                          List<String> strengths, List<String> forms, @Nullable String qualificationCategory,
                          @Nullable Integer experienceYears, @Nullable String timeAvailable, @Nullable String interests,
                          @Nullable String preferredMenteeAge, @Nullable String achievements,
                          @Nullable String trainingCompleted, boolean associationMember, int capacity,
                          int activeAssignments, int reservedSeats, int freeCapacity, MentorVisibility visibility,
                          @Nullable Instant createdAt, List<String> ownStrengths, List<String> formats,
                          MentorStatus status, @Nullable String statusReason, @Nullable Instant statusChangedAt) {
        static MentorResponse of(Mentor m) {
            return new MentorResponse(m.id(), m.revision(), m.fullName(), m.kind(), m.homeSchoolId(), m.organisation(),
                    m.position(), m.email(), m.phone(), m.birthDate(), m.subjects(), m.strengths(), m.forms(),
                    m.qualificationCategory(), m.experienceYears(), m.timeAvailable(), m.interests(),
                    m.preferredMenteeAge(), m.achievements(), m.trainingCompleted(), m.associationMember(),
                    m.capacity(), m.activeAssignments(), m.reservedSeats(), m.freeCapacity(), m.visibility(),
                    m.createdAt(), m.ownStrengths(), m.formats(), m.status(), m.statusReason(), m.statusChangedAt());
        }
    }
}
