package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The school's programme for a school year with its roadmap, and the school's profile its documents print. */
public final class Programmes {

    private Programmes() {
    }

    /** A programme as the school service reads it: its roadmap by the target model's seven stages. */
    @Serdeable
    public record Programme(UUID id, String schoolYear, @Nullable String title, @Nullable List<Form> forms,
                            @Nullable List<String> curators, @Nullable String goals, int silentAfterWeeks,
                            @Nullable List<Stage> stages, int items, int done, int overdue,
                            @Nullable LocalDate today) {

        public List<Form> formList() {
            return forms == null ? List.of() : forms;
        }

        public List<String> curatorList() {
            return curators == null ? List.of() : curators;
        }

        public List<Stage> stageList() {
            return stages == null ? List.of() : stages;
        }
    }

    @Serdeable
    public record Form(String code, String title) {
    }

    @Serdeable
    public record Stage(int stage, String title, @Nullable List<Item> items, int done, int overdue) {

        public List<Item> itemList() {
            return items == null ? List.of() : items;
        }
    }

    @Serdeable
    public record Item(UUID id, String activity, LocalDate deadline, @Nullable String owner,
                       @Nullable String expectedResult, @Nullable LocalDate doneOn, boolean overdue) {
    }

    /** One line of {@code GET /api/programmes}. */
    @Serdeable
    public record Entry(UUID id, String schoolYear, @Nullable String title) {
    }

    /** The body of {@code POST /api/programmes} and {@code PUT /api/programmes/{id}}. */
    @Serdeable
    public record Save(@Nullable String schoolYear, @Nullable String title, List<String> forms, List<String> curators,
                       @Nullable String goals, @Nullable Integer silentAfterWeeks) {
    }

    /** The body of {@code POST /api/programmes/{id}/roadmap} and of its {@code PUT}. */
    @Serdeable
    public record SaveItem(@Nullable Integer stage, @Nullable String activity, @Nullable LocalDate deadline,
                           @Nullable String owner, @Nullable String expectedResult) {
    }

    /** What the school's documents print in their heading, and who signs its orders. */
    @Serdeable
    public record SchoolProfile(@Nullable String schoolId, @Nullable String fullName, @Nullable String shortName,
                                @Nullable String directorName, @Nullable String address) {
    }

    @Serdeable
    public record SaveProfile(@Nullable String fullName, @Nullable String shortName, @Nullable String directorName,
                              @Nullable String address) {
    }
}
