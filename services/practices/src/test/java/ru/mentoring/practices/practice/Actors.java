package ru.mentoring.practices.practice;

import ru.mentoring.practices.access.Actor;
import ru.mentoring.support.tenancy.Caller;

import java.util.Optional;
import java.util.Set;

/** Object Mother of callers, as their tokens would describe them. */
final class Actors {

    private Actors() {
    }

    static Actor curator(String school) {
        return actor("curator" + school, "curator", school, "curator" + school + "@mentoring.local");
    }

    static Actor mentor(String school, String email) {
        return actor("mentor-" + email, "mentor", school, email);
    }

    static Actor methodist() {
        return actor("methodist", "methodist", null, "methodist@mentoring.local");
    }

    static Actor expert(String username) {
        return actor(username, "expert", null, username + "@mentoring.local");
    }

    private static Actor actor(String username, String role, String school, String email) {
        return new Actor(new Caller("sub-" + username, username, Set.of(role), Optional.ofNullable(school),
                Optional.of(email)), username);
    }
}
