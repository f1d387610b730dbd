package ru.mentoring.portal.backend.mentorbank;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Network projects: schools joined by agreements around a shared mentor pool. */
public final class NetworkProjects {

    private NetworkProjects() {
    }

    @Serdeable
    public record Project(UUID id, String name, String leadSchoolId, @Nullable String goals,
                          @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
                          @Nullable List<String> memberSchools, @Nullable List<Agreement> agreements,
                          @Nullable List<UUID> poolMentorIds, @Nullable Indicators indicators) {

        public List<String> members() {
            return memberSchools == null ? List.of() : memberSchools;
        }

        public List<Agreement> agreementList() {
            return agreements == null ? List.of() : agreements;
        }

        public List<UUID> pool() {
            return poolMentorIds == null ? List.of() : poolMentorIds;
        }
    }

    @Serdeable
    public record NewProject(@Nullable String name, @Nullable String leadSchoolId, @Nullable String goals,
                             @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @Serdeable
    public record NewAgreement(@Nullable String schoolId, @Nullable String number, @Nullable LocalDate signedOn,
                               @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    @Serdeable
    public record Agreement(@Nullable UUID id, @Nullable UUID projectId, String schoolId, String number,
                            @Nullable LocalDate signedOn, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    @Serdeable
    public record PoolMember(UUID mentorId) {
    }

    @Serdeable
    public record Indicators(int agreements, int memberSchools, int poolMentors) {
    }
}
