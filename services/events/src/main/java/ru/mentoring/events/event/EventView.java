package ru.mentoring.events.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An event as the API shows it, with the Russian names the portal prints and the rules in words. */
@Serdeable
public record EventView(UUID id, @Nullable UUID seriesId, String title, @Nullable String description, EventKind kind,
                        String kindTitle, Organiser organiser, String organiserTitle, @Nullable String organiserSchoolId,
                        @Nullable UUID networkProjectId, @Nullable String networkProjectName, List<String> memberSchoolIds,
                        EventFormat format, String formatTitle, @Nullable String venue, @Nullable String onlineUrl,
                        Instant startsAt, Instant endsAt, int capacity, int taken, int freePlaces, Instant opensAt,
                        Instant closesAt, boolean registrationOpen, boolean requiresApproval, @Nullable Integer schoolCap,
                        Map<String, Integer> schoolCaps, List<Audience> audience, Participation participation,
                        @Nullable Integer teamMin, @Nullable Integer teamMax, @Nullable Integer gradeMin,
                        @Nullable Integer gradeMax, @Nullable Integer experienceMin, @Nullable Integer experienceMax,
                        List<ApplicationField> fields, List<String> rules, boolean manageable, boolean cancelled,
                        @Nullable String cancelReason) {

    public static EventView of(Event e, Instant now, boolean manageable) {
        return new EventView(e.id(), e.seriesId(), e.title(), e.description(), e.kind(), e.kind().title(), e.organiser(),
                e.organiser() == Organiser.NETWORK_PROJECT && e.networkProjectName() != null
                        ? "Сетевой проект «" + e.networkProjectName() + "»" : e.organiser().title(),
                e.organiserSchoolId(), e.networkProjectId(), e.networkProjectName(), e.memberSchoolIds(), e.format(),
                e.format().title(), e.venue(), e.onlineUrl(), e.startsAt(), e.endsAt(), e.capacity(), e.taken(),
                e.freePlaces(), e.opensAt(), e.closesAt(),
                !e.cancelled() && !now.isBefore(e.opensAt()) && now.isBefore(e.closesAt()),
                e.requiresApproval(), e.schoolCap(), e.schoolCaps(), List.copyOf(e.audience()), e.participation(),
                e.teamMin(), e.teamMax(), e.gradeMin(), e.gradeMax(), e.experienceMin(), e.experienceMax(), e.fields(),
                rulesInWords(e), manageable, e.cancelled(), e.cancelled() ? e.cancellation().reason() : null);
    }

    /** «Для кого»: the eligibility rules as one Russian line each. */
    static List<String> rulesInWords(Event e) {
        List<String> rules = new ArrayList<>();
        if (!e.audience().isEmpty()) {
            rules.add("Участники: " + String.join(", ", e.audience().stream().map(Audience::title).toList()));
        }
        if (e.experienceMax() != null && e.experienceMin() != null) {
            rules.add("Педагогический стаж от " + e.experienceMin() + " до " + e.experienceMax() + " лет");
        } else if (e.experienceMax() != null) {
            rules.add("Педагогический стаж не больше " + e.experienceMax() + " лет");
        } else if (e.experienceMin() != null) {
            rules.add("Педагогический стаж не меньше " + e.experienceMin() + " лет");
        }
        if (e.teams()) {
            rules.add("Команды от " + e.teamMin() + " до " + e.teamMax() + " человек");
        }
        if (e.gradeMin() != null || e.gradeMax() != null) {
            rules.add("Обучающиеся " + (e.gradeMin() == null ? 1 : e.gradeMin()) + "–" + (e.gradeMax() == null ? 11 : e.gradeMax())
                    + " классов");
        }
        if (e.organiser() == Organiser.SCHOOL) {
            rules.add("Только для сотрудников школы-организатора");
        } else if (e.organiser() == Organiser.NETWORK_PROJECT) {
            rules.add("Только для школ сетевого проекта");
        }
        if (e.schoolCap() != null) {
            rules.add("Не больше " + e.schoolCap() + " мест на школу");
        }
        if (e.requiresApproval()) {
            rules.add("Заявки подтверждает организатор");
        }
        return rules;
    }
}
