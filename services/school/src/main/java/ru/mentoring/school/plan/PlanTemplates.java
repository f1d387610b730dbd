package ru.mentoring.school.plan;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.web.Refusal;
import ru.mentoring.support.web.BusinessRuleException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * The plan templates: municipal (every school's pair of a form starts from the same one), kept by the
 * methodist, seeded from the service's resources for a form that has none yet.
 */
@Singleton
public class PlanTemplates {

    /** The bundled template of a form the catalogue has but the bundle does not name. */
    private static final String DEFAULT = "DEFAULT";
    private static final Logger LOG = LoggerFactory.getLogger(PlanTemplates.class);

    private final PlanTemplateQueries queries;
    private final PlanTemplateRepository repository;
    private final FormTitles forms;
    private final ObjectMapper json;

    PlanTemplates(PlanTemplateQueries queries, PlanTemplateRepository repository, FormTitles forms, ObjectMapper json) {
        this.queries = queries;
        this.repository = repository;
        this.forms = forms;
        this.json = json;
    }

    @EventListener
    @Transactional
    void seed(StartupEvent started) {
        Map<String, PlanTemplate> bundled = bundled().stream().collect(Collectors.toMap(PlanTemplate::form, t -> t));
        int seeded = 0;
        for (String form : forms.all().keySet()) {
            PlanTemplate template = bundled.getOrDefault(form, bundled.get(DEFAULT));
            if (repository.insertIfAbsent(new PlanTemplate(form, null, template.sections()))) {
                seeded++;
            }
        }
        if (seeded > 0) {
            LOG.info("seeded {} plan template(s)", seeded);
        }
    }

    @Transactional(readOnly = true)
    List<PlanTemplate> all() {
        return queries.all().stream().map(t -> t.titled(forms.title(t.form())))
                .sorted(java.util.Comparator.comparingInt(t -> order(t.form()))).toList();
    }

    /** The template of a form; a form added to the catalogue after the service started has none yet: an empty plan. */
    @Transactional(readOnly = true)
    public PlanTemplate of(String form) {
        return queries.of(form).orElseGet(() -> new PlanTemplate(form, null, List.of())).titled(forms.title(form));
    }

    @Transactional
    PlanTemplate save(String form, PlanCommands.SaveTemplate c, String by) {
        if (!forms.exists(form)) {
            throw BusinessRuleException.notFound("Неизвестная форма наставничества «" + form + "»");
        }
        Refusal.Collector problems = Refusal.collect();
        List<PlanTemplate.Section> sections = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<PlanCommands.TemplateSection> given = c.sections() == null ? List.of() : c.sections();
        problems.check(given.isEmpty(), "sections", "Добавьте хотя бы один раздел плана");
        for (int i = 0; i < given.size(); i++) {
            PlanCommands.TemplateSection s = given.get(i);
            String code = s.code() == null || s.code().isBlank() ? "SECTION_" + (i + 1) : s.code().strip().toUpperCase(java.util.Locale.ROOT);
            problems.check(!code.matches("[A-Z][A-Z0-9_]*"), "code", "Раздел " + (i + 1) + ": код из латинских букв, цифр и «_»");
            problems.check(!codes.add(code), "code", "Раздел " + (i + 1) + ": код «" + code + "» уже занят другим разделом");
            problems.check(blank(s.title()), "title", "Раздел " + (i + 1) + ": укажите название");
            List<PlanTemplate.Task> tasks = new ArrayList<>();
            List<PlanCommands.TemplateTask> givenTasks = s.tasks() == null ? List.of() : s.tasks();
            for (int j = 0; j < givenTasks.size(); j++) {
                PlanCommands.TemplateTask t = givenTasks.get(j);
                String where = "Раздел " + (i + 1) + ", задача " + (j + 1) + ": ";
                problems.check(blank(t.title()), "title", where + "укажите название");
                int days = t.dueAfterDays() == null ? 30 : t.dueAfterDays();
                problems.check(days < 0 || days > 730, "dueAfterDays", where + "срок — от 0 до 730 дней от начала работы пары");
                tasks.add(new PlanTemplate.Task(strip(t.title()), strip(t.expectedResult()), strip(t.reportingForm()), days));
            }
            sections.add(new PlanTemplate.Section(code, strip(s.title()), tasks));
        }
        problems.throwIfAny();
        PlanTemplate template = new PlanTemplate(form, null, sections);
        repository.replace(template, by);
        return template.titled(forms.title(form));
    }

    private int order(String form) {
        return new ArrayList<>(forms.all().keySet()).indexOf(form);
    }

    private List<PlanTemplate> bundled() {
        try (InputStream in = PlanTemplates.class.getResourceAsStream("/plan/templates.json")) {
            if (in == null) {
                throw new IllegalStateException("the bundled plan templates are missing");
            }
            return json.readValue(in, Bundle.class).templates();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @io.micronaut.serde.annotation.Serdeable
    record Bundle(List<PlanTemplate> templates) {
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }

}
