package ru.mentoring.support.kafka;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

/**
 * Topic names as this environment spells them. Contracts name topics without an environment
 * ({@code mentorbank.mentor.v1}); a test run and a demo on one machine prefix them differently
 * ({@code KAFKA_TOPIC_PREFIX}, e.g. {@code test.}), so neither sees the other's events. Listeners
 * name their topics as {@code "${mentoring.kafka.topic-prefix:}" + SomeEvents.TOPIC}.
 */
@Singleton
public class Topics {

    private final String prefix;

    Topics(@Value("${mentoring.kafka.topic-prefix:}") String prefix) {
        this.prefix = prefix == null ? "" : prefix;
    }

    public String name(String contractTopic) {
        return prefix + contractTopic;
    }
}
