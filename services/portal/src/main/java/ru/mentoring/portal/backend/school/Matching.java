package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.UUID;

/** Questionnaire matching: proposals with every score explained, the weights, rejections, candidates. */
public final class Matching {

    private Matching() {
    }

    /** Each factor's weight, 0 to 100, saved per school. */
    @Serdeable
    public record Weights(@Nullable Integer strengths, @Nullable Integer form, @Nullable Integer subject,
                          @Nullable Integer age, @Nullable Integer time, @Nullable Integer capacity,
                          @Nullable Integer ownSchool) {
    }

    /** The body of {@code POST /api/matching/proposals}: no ids for every unpaired mentee with consent. */
    @Serdeable
    public record Ask(@Nullable List<UUID> menteeIds) {
    }

    /** The optimal assignment of the cohort under every mentor's free seats, and who was left without one. */
    @Serdeable
    public record Proposals(@Nullable List<Proposal> items, @Nullable List<Unassigned> unassigned,
                            @Nullable Double totalScore) {

        public List<Proposal> itemList() {
            return items == null ? List.of() : items;
        }

        public List<Unassigned> unassignedList() {
            return unassigned == null ? List.of() : unassigned;
        }
    }

    @Serdeable
    public record Proposal(UUID menteeId, @Nullable String menteeName, UUID mentorId, @Nullable String mentorName,
                           double score, @Nullable List<Reason> reasons) {

        public List<Reason> reasonList() {
            return reasons == null ? List.of() : reasons;
        }
    }

    /** One part of a score: the factor's code, its points and why, in Russian. */
    @Serdeable
    public record Reason(@Nullable String factor, double points, @Nullable String text) {
    }

    @Serdeable
    public record Unassigned(UUID menteeId, @Nullable String menteeName, @Nullable String why) {
    }

    /** One of the best mentors for one mentee, explained: the shortlist of mutual choice too. */
    @Serdeable
    public record Candidate(UUID mentorId, @Nullable String mentorName, double score, @Nullable List<Reason> reasons) {

        public List<Reason> reasonList() {
            return reasons == null ? List.of() : reasons;
        }
    }

    @Serdeable
    public record Rejection(UUID menteeId, UUID mentorId) {
    }
}
