package ru.mentoring.practices;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/** The subjects of the mail the real SMTP server (GreenMail, deploy/local/smtp.sh) delivered to an address. */
final class MailBox {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MailBox() {
    }

    static List<String> subjects(String address) {
        String api = "http://127.0.0.1:" + System.getenv().getOrDefault("SMTP_API_PORT", "8025");
        var request = HttpRequest.newBuilder(URI.create(api + "/api/user/" + address + "/messages/INBOX")).GET().build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                return List.of();
            }
            List<Map> messages = ObjectMapper.getDefault().readValue(response.body(), Argument.listOf(Map.class));
            return messages.stream().map(m -> String.valueOf(m.get("subject"))).toList();
        } catch (IOException e) {
            throw new IllegalStateException("the SMTP server's API is not reachable at " + api, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
