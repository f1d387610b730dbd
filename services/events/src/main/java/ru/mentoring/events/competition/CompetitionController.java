package ru.mentoring.events.competition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import ru.mentoring.events.event.EventView;
import ru.mentoring.events.support.Person;
import ru.mentoring.support.tenancy.Roles;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Competitions: stages, entries, the jury, scoring sheets, results. */
@Controller("/api/competitions")
@Secured(SecurityRule.IS_AUTHENTICATED)
class CompetitionController {

    private final CompetitionService service;
    private final Clock clock;

    CompetitionController(CompetitionService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @Post
    @Secured({Roles.METHODIST, Roles.ADMIN})
    HttpResponse<CompetitionView> create(@Valid @Body CompetitionCommand command, Authentication authentication) {
        Person person = Person.of(authentication);
        var loaded = service.create(command, person);
        return HttpResponse.created(view(loaded, person), URI.create("/api/competitions/" + loaded.event().id()));
    }

    @Get
    CompetitionList list(Authentication authentication) {
        Person person = Person.of(authentication);
        return new CompetitionList(service.all(person).stream().map(l -> view(l, person)).toList());
    }

    @Get("/{id}")
    CompetitionView find(UUID id, Authentication authentication) {
        Person person = Person.of(authentication);
        return view(service.load(id, person), person);
    }

    @Post("/{id}/entries")
    HttpResponse<EntryView> submit(UUID id, @Valid @Body EntryCommand command, Authentication authentication) {
        Entry e = service.submit(id, Person.of(authentication), command);
        return HttpResponse.created(EntryView.of(e, List.of()), URI.create("/api/competitions/" + id + "/entries/" + e.id()));
    }

    @Get("/{id}/entries")
    EntryList entries(UUID id, Authentication authentication) {
        Person person = Person.of(authentication);
        List<Juror> jury = person.municipal() ? service.jury(id, person) : List.of();
        return new EntryList(service.entries(id, person).stream().map(e -> EntryView.of(e, jury)).toList(), jury);
    }

    @Post("/{id}/entries/{entryId}/check")
    @Secured({Roles.METHODIST, Roles.ADMIN})
    EntryView check(UUID id, UUID entryId, @Valid @Body CheckCommand command, Authentication authentication) {
        return EntryView.of(service.check(id, entryId, command.admitted(), command.note(), Person.of(authentication)), List.of());
    }

    @Post("/{id}/experts")
    @Secured(Roles.EXPERT)
    JuryView join(UUID id, Authentication authentication) {
        return new JuryView(service.join(id, Person.of(authentication)));
    }

    @Get("/{id}/experts")
    JuryView jury(UUID id, Authentication authentication) {
        return new JuryView(service.jury(id, Person.of(authentication)));
    }

    @Post("/{id}/assignments")
    @Secured({Roles.METHODIST, Roles.ADMIN})
    HttpResponse<Void> assign(UUID id, @Valid @Body AssignCommand command, Authentication authentication) {
        service.assign(id, command.entryId(), command.expertSubject(), Person.of(authentication));
        return HttpResponse.noContent();
    }

    @Put("/{id}/entries/{entryId}/scores")
    @Secured(Roles.EXPERT)
    SheetView score(UUID id, UUID entryId, @Valid @Body ScoreCommand command, Authentication authentication) {
        Person expert = Person.of(authentication);
        service.score(id, entryId, command, expert);
        return sheet(id, entryId, authentication);
    }

    /** The expert's own sheet for an entry, as they filled it. */
    @Get("/{id}/entries/{entryId}/scores/me")
    @Secured(Roles.EXPERT)
    SheetView sheet(UUID id, UUID entryId, Authentication authentication) {
        var scores = service.mySheet(id, entryId, Person.of(authentication));
        return new SheetView(scores.stream().map(s -> new SheetView.Line(s.criterionId(), s.stage(), s.points())).toList(),
                scores.stream().map(CompetitionQueries.Score::comment).filter(java.util.Objects::nonNull).findFirst().orElse(null));
    }

    @Post("/{id}/advance")
    @Secured({Roles.METHODIST, Roles.ADMIN})
    CompetitionView advance(UUID id, @Nullable @Body AdvanceCommand command, Authentication authentication) {
        Person person = Person.of(authentication);
        service.advance(id, command == null ? null : command.top(), person);
        return view(service.load(id, person), person);
    }

    @Get("/{id}/results")
    ResultsView results(UUID id, Authentication authentication) {
        return new ResultsView(service.results(id, Person.of(authentication)));
    }

    @Post("/{id}/results")
    @Secured({Roles.METHODIST, Roles.ADMIN})
    ResultsView publish(UUID id, Authentication authentication) {
        return new ResultsView(service.publish(id, Person.of(authentication)));
    }

    private CompetitionView view(CompetitionService.Loaded l, Person person) {
        Instant now = clock.instant();
        var c = l.competition();
        return new CompetitionView(l.event().id(), EventView.of(l.event(), now, l.event().managedBy(person)), c.stage(),
                c.stage().title(), c.stages(), c.nominations(), c.criteria(), c.resultsPublishedAt());
    }

    @Serdeable
    record CompetitionView(UUID id, EventView event, Stage stage, String stageTitle, List<Competition.StageInfo> stages,
                           List<String> nominations, List<Competition.Criterion> criteria, @Nullable Instant resultsPublishedAt) {
    }

    @Serdeable
    record CompetitionList(List<CompetitionView> items) {
    }

    @Serdeable
    record EntryView(UUID id, String title, String nomination, String authorName, String schoolId, String summary,
                     @Nullable String materialsUrl, EntryStatus status, String statusTitle, @Nullable String checkNote,
                     @Nullable String award, @Nullable Integer place, Instant createdAt, List<Juror> eligibleExperts) {
        static EntryView of(Entry e, List<Juror> jury) {
            return new EntryView(e.id(), e.title(), e.nomination(), e.authorName(), e.schoolId(), e.summary(), e.materialsUrl(),
                    e.status(), e.status().title(), e.checkNote(), e.award(), e.place(), e.createdAt(),
                    jury.stream().filter(j -> j.schoolId() == null || !j.schoolId().equals(e.schoolId())).toList());
        }
    }

    @Serdeable
    record EntryList(List<EntryView> items, List<Juror> jury) {
    }

    @Serdeable
    record JuryView(List<Juror> items) {
    }

    @Serdeable
    record SheetView(List<Line> scores, @Nullable String comment) {
        @Serdeable
        record Line(UUID criterionId, Stage stage, int points) {
        }
    }

    @Serdeable
    record ResultsView(Map<String, List<Results.Row>> nominations) {
    }

    @Serdeable
    record CheckCommand(@NotNull(message = "Укажите, допущена ли работа") Boolean admitted,
                        @Nullable @Size(max = 1000, message = "Пояснение не длиннее 1000 символов") String note) {
    }

    @Serdeable
    record AssignCommand(@NotNull(message = "Выберите работу") UUID entryId,
                         @NotBlank(message = "Выберите эксперта") String expertSubject) {
    }

    @Serdeable
    record AdvanceCommand(@Nullable @jakarta.validation.constraints.Min(value = 1, message = "В очный этап проходит хотя бы одна работа") Integer top) {
    }
}
