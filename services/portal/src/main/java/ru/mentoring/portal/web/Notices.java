package ru.mentoring.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.session.Session;
import io.micronaut.session.http.SessionForRequest;

import java.util.Optional;

/**
 * The one-line outcome of an action («Запрос отправлен», «нет свободных мест»), carried across the
 * redirect that follows a form, so a refresh of the next page never repeats the action. The next
 * page shown takes them, once.
 */
public final class Notices {

    private static final String SUCCESS = "portal.notice";
    private static final String FAILURE = "portal.notice.error";

    private Notices() {
    }

    public static void success(Session session, String text) {
        session.put(SUCCESS, text);
    }

    public static void failure(Session session, String text) {
        session.put(FAILURE, text);
    }

    static Pending take(HttpRequest<?> request) {
        Optional<Session> session = SessionForRequest.find(request);
        return new Pending(take(session, SUCCESS), take(session, FAILURE));
    }

    @Nullable
    private static String take(Optional<Session> session, String key) {
        return session.flatMap(s -> {
            Optional<String> text = s.get(key, String.class);
            s.remove(key);
            return text;
        }).orElse(null);
    }

    record Pending(@Nullable String success, @Nullable String failure) {
    }
}
