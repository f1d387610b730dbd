package ru.mentoring.school.plan;

import java.time.LocalDate;
import java.util.UUID;

/** An open task past its deadline, for the curator's daily alert. */
public record OverdueTask(UUID id, String schoolId, UUID pairId, String title, LocalDate dueOn) {
}
