package ru.mentoring.school.programme;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.support.time.Today;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A school's programmes and roadmaps; the school is always the caller's own. */
@Singleton
public class ProgrammeService {

    private final ProgrammeRepository programmes;
    private final RoadmapItemRepository items;
    private final RoadmapTemplate template;
    private final FormTitles forms;
    private final Today today;

    ProgrammeService(ProgrammeRepository programmes, RoadmapItemRepository items, RoadmapTemplate template,
                     FormTitles forms, Today today) {
        this.programmes = programmes;
        this.items = items;
        this.template = template;
        this.forms = forms;
        this.today = today;
    }

    /** A new programme with its roadmap prefilled from the target model's seven stages. */
    @Transactional
    Programme start(String schoolId, ProgrammeCommands.SaveProgramme c) {
        checkYear(c.schoolYear());
        checkForms(c.forms());
        if (programmes.existsBySchoolIdAndSchoolYear(schoolId, c.schoolYear())) {
            throw BusinessRuleException.conflict("Программа на " + c.schoolYear() + " учебный год уже есть");
        }
        Programme programme = programmes.save(new Programme(UUID.randomUUID(), schoolId, c.schoolYear(), title(c),
                clean(c.forms()), clean(c.curators()), blankToNull(c.goals()),
                c.silentAfterWeeks() == null ? 3 : c.silentAfterWeeks(), null, null));
        LocalDate yearStart = Today.schoolYearStart(c.schoolYear());
        int position = 0;
        for (RoadmapTemplate.Step step : template.steps()) {
            items.save(new RoadmapItem(UUID.randomUUID(), schoolId, programme.id(), (short) step.stage(), position++,
                    step.activity(), step.deadline(yearStart), step.owner(), step.result(), null, null));
        }
        return programme;
    }

    @Transactional
    Programme update(String schoolId, UUID id, ProgrammeCommands.SaveProgramme c) {
        Programme current = own(schoolId, id);
        checkForms(c.forms());
        if (!current.schoolYear().equals(c.schoolYear())) {
            throw new BusinessRuleException("Учебный год программы не меняется: создайте программу на "
                    + c.schoolYear() + " учебный год");
        }
        return programmes.update(new Programme(id, schoolId, current.schoolYear(), title(c), clean(c.forms()),
                clean(c.curators()), blankToNull(c.goals()),
                c.silentAfterWeeks() == null ? current.silentAfterWeeks() : c.silentAfterWeeks(),
                current.createdAt(), null));
    }

    @Transactional(readOnly = true)
    public Optional<Programme> current(String schoolId) {
        return programmes.findBySchoolIdAndSchoolYear(schoolId, today.schoolYear());
    }

    @Transactional(readOnly = true)
    List<Programme> all(String schoolId) {
        return programmes.findBySchoolIdOrderBySchoolYearDesc(schoolId);
    }

    @Transactional(readOnly = true)
    Programme own(String schoolId, UUID id) {
        return programmes.findByIdAndSchoolId(id, schoolId)
                .orElseThrow(() -> BusinessRuleException.notFound("Программа не найдена"));
    }

    @Transactional(readOnly = true)
    List<RoadmapItem> roadmap(UUID programmeId) {
        return items.findByProgrammeId(programmeId).stream()
                .sorted(java.util.Comparator.comparingInt(RoadmapItem::stage).thenComparingInt(RoadmapItem::position))
                .toList();
    }

    @Transactional
    RoadmapItem addItem(String schoolId, UUID programmeId, ProgrammeCommands.SaveRoadmapItem c) {
        Programme programme = own(schoolId, programmeId);
        int position = roadmap(programme.id()).size();
        return items.save(new RoadmapItem(UUID.randomUUID(), schoolId, programme.id(), c.stage().shortValue(), position,
                c.activity().strip(), c.deadline(), blankToNull(c.owner()), blankToNull(c.expectedResult()), null, null));
    }

    @Transactional
    RoadmapItem updateItem(String schoolId, UUID programmeId, UUID itemId, ProgrammeCommands.SaveRoadmapItem c) {
        RoadmapItem item = ownItem(schoolId, programmeId, itemId);
        return items.update(new RoadmapItem(item.id(), schoolId, programmeId, c.stage().shortValue(), item.position(),
                c.activity().strip(), c.deadline(), blankToNull(c.owner()), blankToNull(c.expectedResult()),
                item.doneOn(), item.createdAt()));
    }

    @Transactional
    void removeItem(String schoolId, UUID programmeId, UUID itemId) {
        items.delete(ownItem(schoolId, programmeId, itemId));
    }

    @Transactional
    RoadmapItem markDone(String schoolId, UUID programmeId, UUID itemId, boolean done) {
        RoadmapItem item = ownItem(schoolId, programmeId, itemId);
        return items.update(done ? item.done(today.date()) : item.reopened());
    }

    LocalDate today() {
        return today.date();
    }

    private RoadmapItem ownItem(String schoolId, UUID programmeId, UUID itemId) {
        own(schoolId, programmeId);
        return items.findByIdAndProgrammeId(itemId, programmeId)
                .orElseThrow(() -> BusinessRuleException.notFound("Пункт дорожной карты не найден"));
    }

    private void checkYear(String schoolYear) {
        int from = Integer.parseInt(schoolYear.substring(0, 4));
        int to = Integer.parseInt(schoolYear.substring(5));
        if (to != from + 1) {
            throw new BusinessRuleException(ProgrammeCommands.YEAR_MESSAGE);
        }
    }

    private void checkForms(List<String> codes) {
        List<String> unknown = new ArrayList<>();
        for (String code : clean(codes)) {
            if (!forms.exists(code)) {
                unknown.add("«" + code + "»");
            }
        }
        if (!unknown.isEmpty()) {
            throw new BusinessRuleException("Неизвестная форма наставничества: " + String.join(", ", unknown));
        }
    }

    private static String title(ProgrammeCommands.SaveProgramme c) {
        String title = blankToNull(c.title());
        return title != null ? title : "Программа наставничества на " + c.schoolYear() + " учебный год";
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
