package ru.mentoring.events.testing;

import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * The real SMTP server's mailboxes (GreenMail, started by deploy/local/smtp.sh), read through its API:
 * what a recipient would find in their inbox.
 */
public final class MailBox {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private MailBox() {
    }

    /** A delivered message as its recipient reads it: subject, plain text and the names of attached files. */
    public record Message(String subject, String text, List<String> attachments) {
    }

    public static List<Message> messages(String address) {
        return of(address).stream().map(m -> parse((String) m.get("mimeMessage"))).toList();
    }

    private static Message parse(String raw) {
        try {
            var message = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                    new java.io.ByteArrayInputStream(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            StringBuilder text = new StringBuilder();
            List<String> files = new java.util.ArrayList<>();
            Object content = message.getContent();
            if (content instanceof jakarta.mail.Multipart parts) {
                for (int i = 0; i < parts.getCount(); i++) {
                    var part = parts.getBodyPart(i);
                    if (part.getFileName() != null) {
                        files.add(part.getFileName());
                    } else {
                        text.append(part.getContent());
                    }
                }
            } else {
                text.append(content);
            }
            return new Message(message.getSubject(), text.toString(), files);
        } catch (jakarta.mail.MessagingException | IOException e) {
            throw new IllegalStateException("unreadable message", e);
        }
    }

    /** Subjects and raw messages delivered to this address so far. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> of(String address) {
        String api = "http://127.0.0.1:" + System.getenv().getOrDefault("SMTP_API_PORT", "8025");
        var request = HttpRequest.newBuilder(URI.create(api + "/api/user/" + address + "/messages/INBOX")).GET().build();
        try {
            var response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 404 || response.statusCode() == 400) {
                return List.of();
            }
            return (List<Map<String, Object>>) (List<?>) ObjectMapper.getDefault().readValue(response.body(),
                    io.micronaut.core.type.Argument.listOf(Map.class));
        } catch (IOException e) {
            throw new IllegalStateException("the SMTP server's API is not reachable at " + api
                    + " (deploy/local/smtp.sh start)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
