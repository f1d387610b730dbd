package ru.mentoring.school.programme;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A programme as the curator reads it: its roadmap by stage, with what is overdue today. */
@Serdeable
record ProgrammeView(UUID id, String schoolYear, String title, List<Form> forms, List<String> curators,
                     @Nullable String goals, int silentAfterWeeks, List<Stage> stages, int items, int done,
                     int overdue, LocalDate today) {

    @Serdeable
    record Form(String code, String title) {
    }

    @Serdeable
    record Stage(int stage, String title, List<Item> items, int done, int overdue) {
    }

    @Serdeable
    record Item(UUID id, String activity, LocalDate deadline, @Nullable String owner, @Nullable String expectedResult,
                @Nullable LocalDate doneOn, boolean overdue) {
    }

    static ProgrammeView of(Programme p, List<RoadmapItem> roadmap, Map<String, String> formTitles, LocalDate today) {
        List<Stage> stages = new java.util.ArrayList<>();
        for (int stage = 1; stage <= 7; stage++) {
            int number = stage;
            List<Item> items = roadmap.stream().filter(i -> i.stage() == number)
                    .map(i -> new Item(i.id(), i.activity(), i.deadline(), i.owner(), i.expectedResult(), i.doneOn(),
                            i.overdueOn(today)))
                    .toList();
            stages.add(new Stage(stage, RoadmapTemplate.stageTitle(stage), items,
                    (int) items.stream().filter(i -> i.doneOn() != null).count(),
                    (int) items.stream().filter(Item::overdue).count()));
        }
        return new ProgrammeView(p.id(), p.schoolYear(), p.title(),
                p.forms().stream().map(code -> new Form(code, formTitles.getOrDefault(code, code))).toList(),
                p.curators(), p.goals(), p.silentAfterWeeks(), stages, roadmap.size(),
                (int) roadmap.stream().filter(i -> i.doneOn() != null).count(),
                (int) roadmap.stream().filter(i -> i.overdueOn(today)).count(), today);
    }
}
