package ru.mentoring.portal.event;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;

import java.util.Map;

/**
 * The application as typed: a team's name and its members' grades (comma-separated), a staff member's
 * id, and the answers to the organiser's questions (fields named {@code q_<code>}). Kept as text, so a
 * refused form comes back as the user left it.
 */
@Serdeable
record ApplyForm(@Nullable @Size(max = 200, message = "Название команды не длиннее 200 символов") String teamName,
                 @Nullable @Size(max = 200, message = "Классы участников — не длиннее 200 символов") String teamGrades,
                 @Nullable String mentorId,
                 Map<String, String> answers) {

    static final ApplyForm EMPTY = new ApplyForm("", "", "", Map.of());

    static ApplyForm of(Map<String, String> body) {
        Map<String, String> answers = new java.util.LinkedHashMap<>();
        body.forEach((k, v) -> {
            if (k.startsWith("q_")) {
                answers.put(k.substring(2), v);
            }
        });
        return new ApplyForm(body.getOrDefault("teamName", ""), body.getOrDefault("teamGrades", ""),
                body.getOrDefault("mentorId", ""), answers);
    }

    String answer(String code) {
        return answers.getOrDefault(code, "");
    }
}
