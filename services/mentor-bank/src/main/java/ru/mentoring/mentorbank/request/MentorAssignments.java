package ru.mentoring.mentorbank.request;

import jakarta.inject.Singleton;

import java.util.List;
import java.util.UUID;

/** Where a mentor works for another school: what other features may ask of the requests. */
@Singleton
public class MentorAssignments {

    private final MentorRequestQueries queries;

    MentorAssignments(MentorRequestQueries queries) {
        this.queries = queries;
    }

    public boolean isAssigned(UUID mentorId, String schoolId) {
        return queries.isAssigned(mentorId, schoolId);
    }

    public List<String> schoolsUsing(UUID mentorId) {
        return queries.schoolsUsing(mentorId);
    }
}
