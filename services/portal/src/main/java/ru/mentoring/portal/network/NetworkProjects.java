package ru.mentoring.portal.network;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import ru.mentoring.portal.web.Backend;

import java.time.LocalDate;
import java.util.List;

/** Network projects in the mentor bank: schools joined by agreements around a shared mentor pool. */
@Singleton
class NetworkProjects {

    private final Backend backend;

    NetworkProjects(@Client("${mentoring.services.mentor-bank-url}") HttpClient client, ObjectMapper json) {
        this.backend = new Backend("Банк наставников", client, json);
    }

    /** All of them for the methodist, those of the curator's school for a curator: the bank decides. */
    List<Project> visible(Authentication user) {
        return backend.get("/api/network-projects", user, Page.class).entries();
    }

    Project find(String id, Authentication user) {
        return backend.get("/api/network-projects/" + id, user, Project.class);
    }

    Project start(NewProject project, Authentication user) {
        return backend.post("/api/network-projects", project, user, Project.class);
    }

    void sign(String id, NewAgreement agreement, Authentication user) {
        backend.post("/api/network-projects/" + id + "/agreements", agreement, user, Agreement.class);
    }

    void addToPool(String id, String mentorId, Authentication user) {
        backend.post("/api/network-projects/" + id + "/pool", new PoolMember(mentorId), user, Project.class);
    }

    void removeFromPool(String id, String mentorId, Authentication user) {
        backend.delete("/api/network-projects/" + id + "/pool/" + mentorId, user);
    }

    @Serdeable
    record NewProject(@Nullable String name, @Nullable String leadSchoolId, @Nullable String goals,
                      @Nullable LocalDate startsOn, @Nullable LocalDate endsOn) {
    }

    @Serdeable
    record NewAgreement(@Nullable String schoolId, @Nullable String number, @Nullable LocalDate signedOn,
                        @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    @Serdeable
    record PoolMember(String mentorId) {
    }

    @Serdeable
    record Project(String id, String name, String leadSchoolId, @Nullable String goals, @Nullable LocalDate startsOn,
                   @Nullable LocalDate endsOn, @Nullable List<String> memberSchools,
                   @Nullable List<Agreement> agreements, @Nullable List<String> poolMentorIds,
                   @Nullable Indicators indicators) {

        List<String> members() {
            return memberSchools == null ? List.of() : memberSchools;
        }

        List<Agreement> agreementList() {
            return agreements == null ? List.of() : agreements;
        }

        List<String> pool() {
            return poolMentorIds == null ? List.of() : poolMentorIds;
        }
    }

    @Serdeable
    record Agreement(@Nullable String id, @Nullable String projectId, String schoolId, String number,
                     @Nullable LocalDate signedOn, @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {
    }

    @Serdeable
    record Indicators(int agreements, int memberSchools, int poolMentors) {
    }

    @Serdeable
    record Page(@Nullable List<Project> items) {
        List<Project> entries() {
            return items == null ? List.of() : items;
        }
    }
}
