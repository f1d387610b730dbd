package ru.mentoring.support.web;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The framework explains refused requests in English and with its own internals («Failed to
 * convert argument [id] for value [x] due to: Invalid UUID string», «No enum constant …»). A user
 * reads none of that: known shapes become a Russian sentence naming the parameter, anything else
 * not already Russian becomes a plain Russian statement.
 */
final class FrameworkMessages {

    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern CONVERSION = Pattern.compile("Failed to convert argument \\[([^\\]]+)\\] for value \\[(.*?)\\].*",
            Pattern.DOTALL);
    private static final Pattern REQUIRED = Pattern.compile("Required (?:argument|\\w+) \\[(?:[\\w.<>]+ )?([^\\]]+)\\] not specified.*",
            Pattern.DOTALL);
    private static final Pattern CONTENT_TYPE = Pattern.compile("Content Type \\[([^\\]]*)\\] not allowed.*", Pattern.DOTALL);

    private FrameworkMessages() {
    }

    static String russian(@Nullable String message) {
        if (message == null || message.isBlank()) {
            return "Запрос не может быть выполнен";
        }
        if (CYRILLIC.matcher(message).find()) {
            return message;
        }
        Matcher conversion = CONVERSION.matcher(message);
        if (conversion.matches()) {
            return "Параметр «" + conversion.group(1) + "» указан в неверном формате: «" + shortened(conversion.group(2)) + "»";
        }
        Matcher required = REQUIRED.matcher(message);
        if (required.matches()) {
            return "Не указан обязательный параметр «" + required.group(1) + "»";
        }
        Matcher contentType = CONTENT_TYPE.matcher(message);
        if (contentType.matches()) {
            return "Неподдерживаемый формат данных «" + contentType.group(1) + "»";
        }
        if (message.startsWith("Invalid JSON") || message.contains("JSON")) {
            return "Тело запроса не является корректным JSON";
        }
        if (message.startsWith("Page Not Found")) {
            return "Страница не найдена";
        }
        if (message.startsWith("Method [")) {
            return "Такое действие с этим адресом не поддерживается";
        }
        if (message.contains("content length") || message.contains("exceeds the maximum")) {
            return "Слишком большой запрос";
        }
        return "Запрос не может быть выполнен: проверьте переданные данные";
    }

    private static String shortened(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
