package ru.mentoring.portal.testing;

import io.micronaut.security.authentication.Authentication;
import ru.mentoring.portal.web.PortalUser;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Object Mother of signed-in users, as the Keycloak sign-in would build them. */
public final class PortalUsers {

    public static final String TOKEN = "access-token-of-the-user";

    private PortalUsers() {
    }

    public static Authentication methodistLogin() {
        return login("methodist", "Смирнова Елена Викторовна", "methodist", null);
    }

    public static Authentication curatorLogin(String school) {
        return login("curator" + school, "Кузнецова Ольга Ивановна", "curator", school);
    }

    public static Authentication mentorLogin() {
        return login("mentor1", "Иванова Мария Сергеевна", "mentor", "1");
    }

    public static PortalUser methodist() {
        return PortalUser.of(methodistLogin());
    }

    public static PortalUser curator(String school) {
        return PortalUser.of(curatorLogin(school));
    }

    public static PortalUser mentor() {
        return PortalUser.of(mentorLogin());
    }

    /** With the Keycloak access token among the attributes, where the sign-in puts it. */
    public static Authentication login(String username, String name, String role, String school) {
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("preferred_username", username);
        attributes.put("name", name);
        attributes.put("accessToken", TOKEN + "-" + username);
        if (school != null) {
            attributes.put("school_id", school);
        }
        return Authentication.build("subject-" + username, List.of(role), attributes);
    }
}
