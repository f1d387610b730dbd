package ru.mentoring.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.util.Timeout;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * How long a mentor edit takes to reach another school's directory: mentor edits through the
 * mentor bank's API at a fixed rate, each timed from the API's answer until the school service's
 * read model holds that revision. The school's directory is watched without polling: the benchmark
 * adds a trigger to its own {@code school_bench} database that notifies each new revision
 * ({@code pg_notify}), and PostgreSQL delivers a notification when the school's transaction commits —
 * the moment another session can see the row — to a connection that waits for it. Every edit is
 * counted, also one overtaken by a later edit of the same mentor. In the same run,
 * on the same machine, Kafka's own end-to-end latency at the same rate (producer with acks=all →
 * consumer), so the figures can be compared: by default once the edits are over, for as long as they
 * ran, so that neither measure takes CPU or broker time from the other.
 *
 * <p>Configuration by system properties: {@code bank} and {@code school} base URLs, {@code keycloak},
 * {@code schoolJdbc} (and {@code schoolAdminUser}, who may create the trigger), {@code kafka}, {@code topicPrefix}, {@code rate} (edits/s), {@code seconds},
 * {@code warmup} (seconds, not counted), {@code mentors}; {@code samples}: a file for each counted edit's
 * time since the start (s) and latency (ms), to see when the slow ones happened.
 */
public final class PropagationBench {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String bank = System.getProperty("bank", "http://127.0.0.1:28081");
    private final String keycloak = System.getProperty("keycloak", "http://localhost:8180");
    private final String schoolJdbc = System.getProperty("schoolJdbc", "jdbc:postgresql://127.0.0.1:5432/school_bench");
    private final String kafka = System.getProperty("kafka", "127.0.0.1:9092");
    private final String topicPrefix = System.getProperty("topicPrefix", "bench.");
    private final int rate = Integer.getInteger("rate", 200);
    private final int seconds = Integer.getInteger("seconds", 60);
    private final int warmup = Integer.getInteger("warmup", 10);
    private final int mentorCount = Integer.getInteger("mentors", 400);

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5))
            .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
    /** The edits' client: kept-alive pooled connections, each request on its own virtual thread. */
    private final CloseableHttpClient edits = HttpClients.custom()
            .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                    .setMaxConnTotal(64).setMaxConnPerRoute(64).build())
            .setDefaultRequestConfig(RequestConfig.custom().setResponseTimeout(Timeout.ofSeconds(30)).build())
            .build();
    private final String schoolAdminUser = System.getProperty("schoolAdminUser", "postgres");
    /** Edits answered and not yet seen in the school's directory, per mentor by revision; guarded by itself. */
    private final Map<UUID, TreeMap<Long, Pending>> pending = new HashMap<>();
    /** The newest revision seen per mentor and when; guarded by {@link #pending}. */
    private final Map<UUID, long[]> seen = new HashMap<>();
    private final ConcurrentLinkedQueue<Long> propagation = new ConcurrentLinkedQueue<>();
    /** Each counted edit as (answered at, ns since the start; latency, ns), written to {@code samples} if set. */
    private final ConcurrentLinkedQueue<long[]> timeline = new ConcurrentLinkedQueue<>();
    private final long startedAt = System.nanoTime();
    private final long startedAtEpochMillis = System.currentTimeMillis();
    private final ConcurrentLinkedQueue<Long> apiAnswers = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> kafkaLatencies = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failures = new AtomicInteger();
    private volatile boolean counting;
    /**
     * Kafka's own latency is measured after the edits, at the same rate for as long ({@code kafkaProbe=after},
     * the default), or while they run ({@code kafkaProbe=during}), when its producer and consumer share the
     * broker and the two cores with what is measured.
     */
    private final boolean probeDuringEdits = "during".equals(System.getProperty("kafkaProbe", "after"));
    private static final int KAFKA_PROBE_WARMUP_SECONDS = 10;
    private String token;

    record Pending(long answeredAt, boolean counted) {
    }

    public static void main(String[] args) throws Exception {
        new PropagationBench().run();
    }

    private void run() throws Exception {
        token = token("methodist");
        List<ObjectNode> mentors = createMentors();
        System.out.printf("created %d mentors; waiting for them in the school's directory%n", mentors.size());
        installNotifyTrigger();
        awaitDirectory(mentors);
        CountDownLatch listening = new CountDownLatch(1);
        // A daemon: it waits on the socket for the next notification and ends with the process.
        Thread.ofPlatform().name("directory-watcher").daemon(true).start(() -> watchDirectory(listening));
        listening.await();
        long periodNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long end = start + Duration.ofSeconds(warmup + seconds).toNanos();
        long countFrom = start + Duration.ofSeconds(warmup).toNanos();
        Thread kafkaProbe = probeDuringEdits
                ? Thread.ofPlatform().name("kafka-probe").start(() -> probeKafka(countFrom, end))
                : null;
        int sent = 0;
        try (ExecutorService edits = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long next = start; next < end; next += periodNanos) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                counting = System.nanoTime() >= countFrom;
                ObjectNode mentor = mentors.get(sent++ % mentors.size());
                boolean counted = counting;
                edits.submit(() -> edit(mentor, counted));
            }
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (unseen() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        int unseen = unseen();
        if (kafkaProbe != null) {
            kafkaProbe.join();
        } else {
            // the broker on its own: the same rate and duration once the services are idle again
            long probeStart = System.nanoTime();
            probeKafka(probeStart + Duration.ofSeconds(KAFKA_PROBE_WARMUP_SECONDS).toNanos(),
                    probeStart + Duration.ofSeconds(KAFKA_PROBE_WARMUP_SECONDS + seconds).toNanos());
        }
        report(sent, unseen);
        String samples = System.getProperty("samples", "");
        if (!samples.isBlank()) {
            try (var out = new java.io.PrintWriter(samples)) {
                out.printf("# seconds since %d (epoch ms), latency in ms%n", startedAtEpochMillis);
                timeline.stream().sorted(java.util.Comparator.comparingLong(t -> t[0]))
                        .forEach(t -> out.printf("%.3f %.3f%n", t[0] / 1e9, t[1] / 1e6));
            }
        }
    }

    private void edit(ObjectNode mentor, boolean counted) {
        try {
            ObjectNode body = mentor.deepCopy();
            String id = body.remove("id").asText();
            body.put("achievements", "правка " + UUID.randomUUID());
            HttpPut put = new HttpPut(bank + "/api/mentors/" + id);
            put.setHeader("Authorization", "Bearer " + token);
            put.setEntity(new StringEntity(JSON.writeValueAsString(body), ContentType.APPLICATION_JSON));
            long revision = edits.execute(put, answer -> {
                String text = EntityUtils.toString(answer.getEntity());
                return answer.getCode() == 200 ? JSON.readTree(text).get("revision").asLong() : -1L;
            });
            long answeredAt = System.nanoTime();
            if (revision < 0) {
                failures.incrementAndGet();
                return;
            }
            answered(UUID.fromString(id), revision, new Pending(answeredAt, counted));
        } catch (Exception e) {
            failures.incrementAndGet();
        }
    }

    private void answered(UUID mentor, long revision, Pending edit) {
        synchronized (pending) {
            long[] newest = seen.get(mentor);
            if (newest != null && newest[0] >= revision) {
                // Already visible before the answer reached the client: it took no time after the answer.
                record(edit, edit.answeredAt());
                return;
            }
            pending.computeIfAbsent(mentor, m -> new TreeMap<>()).put(revision, edit);
        }
    }

    private void shown(UUID mentor, long revision, long seenAt) {
        synchronized (pending) {
            seen.merge(mentor, new long[] {revision, seenAt}, (old, fresh) -> fresh[0] > old[0] ? fresh : old);
            TreeMap<Long, Pending> waiting = pending.get(mentor);
            if (waiting == null) {
                return;
            }
            var taken = waiting.headMap(revision, true);
            taken.values().forEach(edit -> record(edit, seenAt));
            taken.clear();
            if (waiting.isEmpty()) {
                pending.remove(mentor);
            }
        }
    }

    private void record(Pending edit, long seenAt) {
        if (edit.counted()) {
            propagation.add(seenAt - edit.answeredAt());
            timeline.add(new long[] {edit.answeredAt() - startedAt, seenAt - edit.answeredAt()});
        }
    }

    private int unseen() {
        synchronized (pending) {
            return pending.values().stream().mapToInt(TreeMap::size).sum();
        }
    }

    /**
     * A trigger on the benchmark's own school database (never the demo's) that announces each revision
     * the school's directory takes; PostgreSQL delivers it when that transaction commits.
     */
    private void installNotifyTrigger() throws Exception {
        try (Connection db = DriverManager.getConnection(schoolJdbc, schoolAdminUser, "");
             var sql = db.createStatement()) {
            sql.execute("""
                    create or replace function bench_directory_shown() returns trigger language plpgsql as $$
                    begin
                      perform pg_notify('bench_directory', new.id::text || ' ' || new.revision);
                      return null;
                    end $$""");
            sql.execute("drop trigger if exists bench_directory_shown on directory_mentor");
            sql.execute("""
                    create trigger bench_directory_shown after insert or update on directory_mentor
                    for each row execute function bench_directory_shown()""");
        }
    }

    /** Waits on PostgreSQL's notifications: no polling load on the measured machine. */
    private void watchDirectory(CountDownLatch listening) {
        try (Connection db = DriverManager.getConnection(schoolJdbc, "school_app", "school_app")) {
            try (var sql = db.createStatement()) {
                sql.execute("listen bench_directory");
            }
            listening.countDown();
            var notifications = db.unwrap(PGConnection.class);
            while (true) {
                // Blocks until a notification arrives (0: no timeout, which the driver would implement by
                // catching a socket timeout each time).
                var arrived = notifications.getNotifications(0);
                long seenAt = System.nanoTime();
                for (var notification : arrived) {
                    String[] parts = notification.getParameter().split(" ");
                    shown(UUID.fromString(parts[0]), Long.parseLong(parts[1]), seenAt);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Kafka alone at the edits' rate: acks=all producer → consumer, timed in this JVM, sending until
     * {@code endNanos} and recording the latencies of the records sent from {@code countFromNanos}.
     */
    private void probeKafka(long countFromNanos, long endNanos) {
        String topic = topicPrefix + "bench.kafka-latency." + UUID.randomUUID();
        var producer = new KafkaProducer<>(Map.<String, Object>of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 0,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true), new StringSerializer(), new StringSerializer());
        var consumer = new KafkaConsumer<>(Map.<String, Object>of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
        Thread sender = Thread.ofPlatform().start(() -> {
            long period = 1_000_000_000L / rate;
            for (long next = System.nanoTime(); next < endNanos; next += period) {
                long wait = next - System.nanoTime();
                if (wait > 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(wait);
                }
                boolean counted = next >= countFromNanos;
                producer.send(new ProducerRecord<>(topic, "k" + (next % 16), (counted ? "1:" : "0:") + System.nanoTime()));
            }
        });
        long lastArrivals = endNanos + Duration.ofSeconds(2).toNanos();
        while (System.nanoTime() < lastArrivals) {
            for (var record : consumer.poll(Duration.ofMillis(50))) {
                long received = System.nanoTime();
                String[] parts = record.value().split(":");
                if (parts[0].equals("1")) {
                    kafkaLatencies.add(received - Long.parseLong(parts[1]));
                }
            }
        }
        try {
            sender.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.close();
        consumer.close();
    }

    private List<ObjectNode> createMentors() throws Exception {
        List<ObjectNode> created = new ArrayList<>();
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < mentorCount; i++) {
            ObjectNode body = JSON.createObjectNode();
            body.put("fullName", "Нагрузочный наставник " + run + "-" + i);
            body.put("kind", "TEACHER");
            body.put("capacity", 3);
            body.put("visibility", "MUNICIPAL");
            body.putArray("strengths").add("проектная деятельность");
            body.put("achievements", "исходное");
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(bank + "/api/mentors"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IllegalStateException("mentor not created: " + answer.statusCode() + " " + answer.headers().map() + " " + answer.body());
            }
            body.put("id", JSON.readTree(answer.body()).get("id").asText());
            created.add(body);
        }
        return created;
    }

    private void awaitDirectory(List<ObjectNode> mentors) throws Exception {
        try (Connection db = DriverManager.getConnection(schoolJdbc, "school_app", "school_app");
             PreparedStatement query = db.prepareStatement("select count(*) from directory_mentor where id = any(?)")) {
            query.setArray(1, db.createArrayOf("uuid", mentors.stream().map(m -> UUID.fromString(m.get("id").asText())).toArray()));
            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (System.nanoTime() < deadline) {
                try (ResultSet rs = query.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) == mentors.size()) {
                        return;
                    }
                }
                Thread.sleep(100);
            }
        }
        throw new IllegalStateException("the school's directory did not receive the bench mentors");
    }

    private String token(String user) throws Exception {
        String form = "grant_type=password&client_id=mentoring-cli&username=" + user + "&password=demo";
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(keycloak
                        + "/realms/mentoring/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode body = JSON.readTree(answer.body());
        return body.get("access_token").asText();
    }

    private void report(int sent, int lost) {
        System.out.printf("edits sent: %d at %d/s for %d s (+%d s warm-up); failed: %d; never seen: %d%n",
                sent, rate, seconds, warmup, failures.get(), lost);
        System.out.println(row("mentor edit → other school's directory", propagation));
        System.out.println(row("Kafka alone (acks=all producer → consumer), " + (probeDuringEdits ? "during the edits" : "after the edits"),
                kafkaLatencies));
    }

    private static String row(String what, ConcurrentLinkedQueue<Long> nanos) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return "| " + what + " | 0 | – | – | – |";
        }
        return String.format("| %s | %d | %.1f | %.1f | %.1f |", what, sorted.length, ms(percentile(sorted, 50)),
                ms(percentile(sorted, 99)), ms(sorted[sorted.length - 1]));
    }

    private static long percentile(long[] sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
