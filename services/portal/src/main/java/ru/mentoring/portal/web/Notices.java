package ru.mentoring.portal.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.session.Session;

import java.util.Map;
import java.util.Optional;

/**
 * The one-line outcome of an action («Запрос отправлен», «нет свободных мест»), carried across the
 * redirect that follows a form, so a refresh of the next page never repeats the action.
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

    /** Moves the pending notices into the page model ({@code notice}, {@code noticeError}), once. */
    public static void show(Optional<Session> session, Map<String, Object> model) {
        model.put("notice", take(session, SUCCESS));
        model.put("noticeError", take(session, FAILURE));
    }

    @Nullable
    private static String take(Optional<Session> session, String key) {
        return session.flatMap(s -> {
            Optional<String> text = s.get(key, String.class);
            s.remove(key);
            return text;
        }).orElse(null);
    }

    /** What a refusal says in Russian: the detail, else the title, else the fallback. */
    public static String text(BackendException.Rejected rejected, String fallback) {
        BackendProblem problem = rejected.problem();
        if (problem.errors() != null && problem.errors().size() == 1 && problem.detail() == null) {
            return problem.errors().getFirst().message();
        }
        return problem.detail() != null && !problem.detail().isBlank() ? problem.detail()
                : problem.title() != null ? problem.title() : fallback;
    }
}
