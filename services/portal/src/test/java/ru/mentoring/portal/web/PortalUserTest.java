package ru.mentoring.portal.web;

import io.micronaut.security.authentication.Authentication;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class PortalUserTest {

    @Test
    void curatorIsShownWithRussianRoleAndSchool() {
        var user = PortalUser.of(Authentication.build("sub-1", List.of("curator", "offline_access"),
                Map.of("preferred_username", "curator2", "name", "Ольга Кузнецова", "school_id", "2",
                        "accessToken", "secret")));

        assertThat(user.displayName()).isEqualTo("Ольга Кузнецова");
        assertThat(user.roleLabel()).isEqualTo("куратор");
        assertThat(user.schoolLabel()).isEqualTo("школа № 2");
        assertThat(user.headerLabel()).endsWith(", школа № 2");
        assertThat(user.canSeeDirectory()).isTrue();
        assertThat(user.isMethodist()).isFalse();
        assertThat(user.canSeeRequests()).isTrue();
        assertThat(user.canSeeNominations()).isTrue();
        assertThat(user.canSeeNetworkProjects()).isTrue();
        assertThat(user.isMentor()).isFalse();
    }

    @Test
    void mentorSeesRequestsAndOwnProfileButNoNominationsOrProjects() {
        var user = PortalUser.of(Authentication.build("sub-4", List.of("mentor"), Map.of("school_id", "1")));

        assertThat(user.isMentor()).isTrue();
        assertThat(user.canSeeRequests()).isTrue();
        assertThat(user.canSeeNominations()).isFalse();
        assertThat(user.canSeeNetworkProjects()).isFalse();
    }

    @Test
    void methodistBelongsToTheMethodologyCenter() {
        var user = PortalUser.of(Authentication.build("sub-2", List.of("methodist"),
                Map.of("preferred_username", "methodist")));

        assertThat(user.displayName()).isEqualTo("methodist");
        assertThat(user.roleLabel()).isEqualTo("методист ИМЦ");
        assertThat(user.schoolLabel()).isEqualTo("ИМЦ");
        assertThat(user.headerLabel()).isEqualTo("методист ИМЦ");
        assertThat(user.isMethodist()).isTrue();
    }

    @Test
    void expertDoesNotSeeTheDirectory() {
        var user = PortalUser.of(Authentication.build("sub-3", List.of("expert"), Map.of()));

        assertThat(user.roleLabel()).isEqualTo("эксперт");
        assertThat(user.canSeeDirectory()).isFalse();
    }
}
