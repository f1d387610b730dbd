package ru.mentoring.events.mentorbase;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The shared mentor base as other features of this service read it. */
@Singleton
public class MentorCards {

    private final MentorCardQueries queries;

    MentorCards(MentorCardQueries queries) {
        this.queries = queries;
    }

    @Transactional(readOnly = true)
    public Optional<MentorCard> byId(UUID id) {
        return queries.byId(id);
    }

    @Transactional(readOnly = true)
    public Map<String, MentorCard> byAccountKeys(Collection<String> keys) {
        return queries.byAccountKeys(keys);
    }

    @Transactional(readOnly = true)
    public List<MentorCard> ofSchool(String schoolId) {
        return queries.ofSchool(schoolId);
    }
}
