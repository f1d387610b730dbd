package ru.mentoring.school.mentee;

import java.util.UUID;

/** Published in the archiving transaction: whatever rests on the mentee being in the programme ends with it. */
public record MenteeArchived(String schoolId, UUID menteeId) {
}
