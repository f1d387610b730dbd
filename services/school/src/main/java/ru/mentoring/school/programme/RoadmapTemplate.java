package ru.mentoring.school.programme;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.io.ResourceResolver;
import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The roadmap a new programme starts from: the seven stages of the target model (DOMAIN §5) with
 * their usual activities, deadlines counted in days from the 1st of September, owners and results.
 * The stage texts of the target model are not verified, so the template is data
 * ({@code mentoring.roadmap.template}, by default the one in the service's resources), not code.
 */
@Singleton
class RoadmapTemplate {

    private final List<Step> steps;

    RoadmapTemplate(ResourceResolver resources, ObjectMapper json,
                    @Value("${mentoring.roadmap.template:`classpath:programme/roadmap-template.json`}") String location) {
        try (InputStream in = resources.getResourceAsStream(location)
                .orElseThrow(() -> new IllegalStateException("roadmap template not found at " + location))) {
            this.steps = List.copyOf(json.readValue(in, Argument.listOf(Step.class)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Step> steps() {
        return steps;
    }

    /** One activity of the template; {@code dueDays} counts from the school year's 1st of September. */
    @Serdeable
    record Step(int stage, String activity, int dueDays, String owner, String result) {
        LocalDate deadline(LocalDate yearStart) {
            return yearStart.plusDays(dueDays);
        }
    }

    static final List<String> STAGES = List.of(
            "Подготовка условий для запуска программы",
            "Формирование базы наставляемых",
            "Формирование базы наставников",
            "Отбор и обучение наставников",
            "Формирование наставнических пар и групп",
            "Организация работы наставнических пар и групп",
            "Завершение наставничества");

    static String stageTitle(int stage) {
        return STAGES.get(stage - 1);
    }
}
