package ru.mentoring.school;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/** What a recipient finds in their inbox on the real SMTP server (GreenMail, deploy/local/smtp.sh), through its API. */
public final class MailBox {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MailBox() {
    }

    public record Message(String subject, String text) {
    }

    @SuppressWarnings("rawtypes")
    public static List<Message> messages(String address) {
        String api = "http://127.0.0.1:" + System.getenv().getOrDefault("SMTP_API_PORT", "8025");
        var request = HttpRequest.newBuilder(URI.create(api + "/api/user/" + address + "/messages/INBOX")).GET().build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 || response.statusCode() == 400) {
                return List.of();
            }
            List<Map> raw = ObjectMapper.getDefault().readValue(response.body(), Argument.listOf(Map.class));
            return raw.stream().map(m -> parse((String) m.get("mimeMessage"))).toList();
        } catch (IOException e) {
            throw new IllegalStateException("the SMTP server's API is not reachable at " + api, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Message parse(String raw) {
        try {
            var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new Properties()),
                    new ByteArrayInputStream(raw.getBytes(StandardCharsets.UTF_8)));
            return new Message(message.getSubject(), String.valueOf(message.getContent()));
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException("unreadable message", e);
        }
    }
}
