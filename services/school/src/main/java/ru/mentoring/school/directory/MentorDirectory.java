package ru.mentoring.school.directory;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features of the school may ask of the shared mentor base: a mentor this school may
 * work with, the candidates for matching, the mentor a signed-in account is.
 */
@Singleton
public class MentorDirectory {

    private final MentorLookupQueries queries;

    MentorDirectory(MentorLookupQueries queries) {
        this.queries = queries;
    }

    /** The mentor, if this school may see (and so ask for) them. */
    @Transactional(readOnly = true)
    public Optional<DirectoryEntry> visibleTo(String schoolId, UUID mentorId) {
        return queries.visible(schoolId, List.of(mentorId), false).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public List<DirectoryEntry> visibleTo(String schoolId, Collection<UUID> mentorIds) {
        return queries.visible(schoolId, mentorIds, false);
    }

    /** Every mentor this school may ask for now: active, taking new mentees, with a free seat. */
    @Transactional(readOnly = true)
    public List<DirectoryEntry> candidates(String schoolId) {
        return queries.visible(schoolId, null, true);
    }

    /** The mentor profile of the person signed in with this account key, if they are a mentor. */
    @Transactional(readOnly = true)
    public Optional<DirectoryEntry> byAccountKey(String accountKey) {
        return queries.byAccountKey(accountKey);
    }
}
