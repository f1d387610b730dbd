package ru.mentoring.support.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every error a service answers, whatever raised it (validation, a missing route, a refused
 * token, a business rule), leaves as {@code application/problem+json}. Internal errors (500) never
 * echo their exception text; a 503 says what is unavailable.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    static final String PROBLEM_JSON = "application/problem+json";

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        List<Problem.Violation> violations = status == 500 ? List.of() : context.getErrors().stream()
                .map(ProblemBodyProvider::violation)
                .toList();
        String detail = status == 500
                ? "Сервис временно не смог выполнить запрос. Повторите попытку позже."
                : violations.stream().map(Problem.Violation::message).reduce((a, b) -> a + "; " + b).orElse(null);
        return new Problem("about:blank", title(status), status, detail, violations);
    }

    @Override
    public String contentType() {
        return PROBLEM_JSON;
    }

    /** Validation messages arrive as "register.command.fullName: Укажите ФИО"; split the path off. */
    private static Problem.Violation violation(Error error) {
        String message = error.getMessage();
        String path = error.getPath().orElse(null);
        var prefixed = PATH_PREFIX.matcher(message == null ? "" : message);
        if (path == null && prefixed.matches()) {
            path = prefixed.group(1);
            message = prefixed.group(2);
        }
        return new Problem.Violation(path == null ? null : field(path), FrameworkMessages.russian(message));
    }

    private static final java.util.regex.Pattern PATH_PREFIX =
            java.util.regex.Pattern.compile("^([A-Za-z_][\\w.\\[\\]<>]*): (.+)$", java.util.regex.Pattern.DOTALL);

    /** "create.command.fullName" → "fullName": the client knows its own body, not our method names. */
    private static String field(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    static String title(int status) {
        return switch (status) {
            case 400 -> "Некорректный запрос";
            case 401 -> "Требуется вход в систему";
            case 403 -> "Недостаточно прав";
            case 404 -> "Не найдено";
            case 405 -> "Действие не поддерживается";
            case 409 -> "Конфликт с текущим состоянием";
            case 413 -> "Слишком большой запрос";
            case 415 -> "Неподдерживаемый формат данных";
            case 422 -> "Данные не прошли проверку";
            default -> status >= 500 ? "Внутренняя ошибка сервиса" : HttpStatus.valueOf(status).getReason();
        };
    }
}
