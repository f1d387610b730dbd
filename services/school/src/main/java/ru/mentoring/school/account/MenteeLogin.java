package ru.mentoring.school.account;

import java.util.UUID;

/** Which mentee of which school a login belongs to: all other features learn of a mentee's login. */
public record MenteeLogin(String schoolId, UUID menteeId) {
}
