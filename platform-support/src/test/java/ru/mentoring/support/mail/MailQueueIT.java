package ru.mentoring.support.mail;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import ru.mentoring.support.testing.TcpProxy;
import ru.mentoring.support.tx.Transactions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static ru.mentoring.support.jooq.Tables.MAIL_QUEUE;

/**
 * The mail facility against the real SMTP server (GreenMail, deploy/local/smtp.sh) behind a proxy that
 * can cut the line: mail queued while the server is away waits and arrives once it is back; mail of a
 * transaction that rolled back never leaves.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MailQueueIT implements TestPropertyProvider {

    private static final String API = "http://127.0.0.1:" + System.getenv().getOrDefault("SMTP_API_PORT", "8025");
    private final TcpProxy smtp = proxy();

    @Inject MailQueue mail;
    @Inject Transactions tx;
    @Inject DSLContext sql;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("mentoring.mail.enabled", "true",
                "mentoring.mail.smtp-port", Integer.toString(smtp.port()),
                "mentoring.mail.interval", "200ms");
    }

    @AfterAll
    void closeProxy() throws IOException {
        smtp.close();
    }

    @Test
    void mailQueuedWhileTheServerIsAwayArrivesOnceItIsBack() throws IOException {
        String to = "queue-" + UUID.randomUUID() + "@mentoring.local";
        smtp.cut();
        try {
            tx.write(() -> mail.enqueue(Mail.of(to, "Регистрация подтверждена", "Вы зарегистрированы на семинар.")));
            await().atMost(Duration.ofSeconds(30)).until(() -> tx.read(() -> sql.fetchCount(MAIL_QUEUE,
                    MAIL_QUEUE.RECIPIENT.eq(to), MAIL_QUEUE.ATTEMPTS.gt(0), MAIL_QUEUE.SENT_AT.isNull())) == 1);
            assertThat(subjects(to)).isEmpty();
        } finally {
            smtp.restore();
        }

        await().atMost(Duration.ofSeconds(60)).until(() -> subjects(to).contains("Регистрация подтверждена"));
        // the relay marks the message sent when its transaction commits, just after the server accepted it
        await().atMost(Duration.ofSeconds(10)).until(() -> tx.read(() -> sql.fetchCount(MAIL_QUEUE,
                MAIL_QUEUE.RECIPIENT.eq(to), MAIL_QUEUE.SENT_AT.isNotNull())) == 1);
    }

    @Test
    void mailOfATransactionThatRolledBackNeverLeaves() {
        String to = "rolled-back-" + UUID.randomUUID() + "@mentoring.local";
        String marker = "sent-" + UUID.randomUUID() + "@mentoring.local";

        assertThatThrownBy(() -> tx.write(() -> {
            mail.enqueue(Mail.of(to, "Не будет отправлено", "Изменение отменено"));
            throw new IllegalStateException("the business change failed");
        })).isInstanceOf(IllegalStateException.class);
        tx.write(() -> mail.enqueue(Mail.of(marker, "Отправлено после", "Контрольное письмо")));

        await().atMost(Duration.ofSeconds(30)).until(() -> subjects(marker).contains("Отправлено после"));
        assertThat(subjects(to)).isEmpty();
        assertThat(tx.read(() -> sql.fetchCount(MAIL_QUEUE, MAIL_QUEUE.RECIPIENT.eq(to)))).isZero();
    }

    private static String subjects(String address) {
        try {
            var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(API + "/api/user/" + address + "/messages/INBOX")).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : "";
        } catch (IOException e) {
            throw new UncheckedIOException("the SMTP server's API is not reachable at " + API + " (deploy/local/smtp.sh start)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static TcpProxy proxy() {
        try {
            return new TcpProxy("127.0.0.1", Integer.parseInt(System.getenv().getOrDefault("SMTP_PORT", "3025")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
