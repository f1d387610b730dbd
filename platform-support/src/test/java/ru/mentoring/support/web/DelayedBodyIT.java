package ru.mentoring.support.web;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browsers and HTTP clients often send a body after its headers, in a separate packet. The input
 * check reads every text body before the controller does; it must wait for such a body rather than
 * fail the request (it once answered an empty 503 to a third of the portal's form posts).
 */
@MicronautTest(transactional = false)
class DelayedBodyIT {

    @Inject EmbeddedServer server;

    @Test
    void aBodyArrivingAfterItsHeadersIsReadAndChecked() throws Exception {
        for (int i = 0; i < 10; i++) {
            assertThat(post("{}", 150)).startsWith("HTTP/1.1 200");
        }
        assertThat(post("{\"a\":\"\\u0000\"}", 150)).startsWith("HTTP/1.1 400");
    }

    private String post(String json, long delayMillis) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket("127.0.0.1", server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /outbox/parked/resend HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            Thread.sleep(delayMillis); // the point of the test: the body really comes later than its headers
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
