package ru.mentoring.e2e;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The practice library's calls the end-to-end tests need beyond {@link Api}: PUT, file upload, a review
 * by two experts, and the events the school service will send (proposals, consents) on the running
 * platform's topics.
 */
final class Library {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String PREFIX = System.getenv().getOrDefault("KAFKA_TOPIC_PREFIX", "test.");

    private Library() {
    }

    static Api.Answer put(String path, String user, Object body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(Platform.PRACTICES + path)).timeout(Duration.ofSeconds(15))
                    .header("Authorization", "Bearer " + Api.token(user)).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString(Api.JSON.writeValueAsString(body))).build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Api.Answer upload(String practiceId, String user, String name, byte[] content) {
        String boundary = UUID.randomUUID().toString();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        var body = new ByteArrayOutputStream();
        body.writeBytes(head);
        body.writeBytes(content);
        body.writeBytes(tail);
        return send(HttpRequest.newBuilder(URI.create(Platform.PRACTICES + "/api/practices/" + practiceId + "/files"))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + Api.token(user))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    /** Experts expert1 and expert2 assigned by the methodist, both sheets submitted. */
    static void reviewedByTwoExperts(String practiceId) {
        String review = Platform.PRACTICES + "/api/practices/" + practiceId + "/review";
        check(Api.post(review + "/experts", "methodist", Map.of("experts", List.of("expert1", "expert2"))));
        for (String expert : List.of("expert1", "expert2")) {
            check(put("/api/practices/" + practiceId + "/review/sheet", expert, Map.of(
                    "scores", Map.of("RELEVANCE", 5, "NOVELTY", 4, "EFFECTIVENESS", 4, "REPLICABILITY", 5,
                            "TARGET_MODEL", 5, "QUALITY", 4),
                    "comment", "Практика описана полно, результаты подтверждены", "submit", true)));
        }
    }

    static Api.Answer check(Api.Answer answer) {
        if (answer.status() >= 300) {
            throw new IllegalStateException(answer.toString());
        }
        return answer;
    }

    /** A minimal Word document with these paragraphs (what search must find inside). */
    static byte[] docx(String... paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<w:p><w:r><w:t>").append(p).append("</w:t></w:r></w:p>");
        }
        try (var bytes = new ByteArrayOutputStream(); var zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
                    + "wordprocessingml.document.main+xml\"/></Types>");
            entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas"
                    + ".openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
                    + "</Relationships>");
            entry(zip, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
                    + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" + body + "</w:body></w:document>");
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An event as the school service's outbox relay sends it: the envelope, its headers, the test topic. */
    static void publish(String topic, String type, String key, String schoolId, Object payload) {
        Map<String, Object> envelope = Map.of("eventId", UUID.randomUUID().toString(), "type", type, "version", 1,
                "schoolId", schoolId, "occurredAt", Instant.now().toString(), "payload", payload);
        try (var producer = new KafkaProducer<>(Map.<String, Object>of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, System.getenv().getOrDefault("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:9092"),
                ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            var record = new ProducerRecord<>(PREFIX + topic, key, Api.JSON.writeValueAsString(envelope));
            record.headers().add("event-id", ((String) envelope.get("eventId")).getBytes(StandardCharsets.UTF_8));
            record.headers().add("event-type", type.getBytes(StandardCharsets.UTF_8));
            record.headers().add("event-version", "1".getBytes(StandardCharsets.UTF_8));
            record.headers().add("school-id", schoolId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static Api.Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Api.Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
