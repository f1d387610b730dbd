import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue #10's registration burst as bench/registration-burst.sh runs it, in steps: the event and the
 * service's warm-up ({@code prepare}), then one {@code session} for the warm-up bursts, the measured burst
 * (every applicant once, with their own token), the check of the list afterwards and the raw SQL path of
 * one hot counter row on the same PostgreSQL. Compiled once before the run, so no compiler competes with
 * the service for the machine during the burst.
 * Prints one line per measurement (key=value) for the script to put into the results file.
 */
public class RegistrationBurst {

    public static void main(String[] args) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        switch (args[0]) {
            case "prepare" -> {
                // prepare EVENTS_URL METHODIST_TOKEN CAPACITY: the event, and a warm-up of the service
                String id = createEvent(http, args[1], args[2], Integer.parseInt(args[3]));
                warmUp(http, args[1], args[2]);
                System.out.println(id);
            }
            case "session" -> session(http, args[1], args[2], Integer.parseInt(args[3]), args[4], Integer.parseInt(args[5]));
            case "outage" -> {
                // outage EVENTS_URL EVENT_ID TOKENS_FILE CONNECTIONS METHODIST_TOKEN CAPACITY
                List<String> tokens = Files.readAllLines(Path.of(args[3])).stream().filter(l -> !l.isBlank()).toList();
                outage(http, args[1], args[2], tokens, Integer.parseInt(args[4]), args[5], Integer.parseInt(args[6]));
            }
            case "verify" -> {
                // verify EVENTS_URL METHODIST_TOKEN EVENT_ID CAPACITY APPLICANTS CREATED_IDS_FILE
                List<String> created = Files.readAllLines(Path.of(args[6])).stream().filter(l -> !l.isBlank()).toList();
                verify(http, args[1], args[3], args[2], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                        new Outcome(0, List.of(), Map.of(), created));
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    /**
     * One load generator for the whole run, driven line by line on standard input, so that its own JIT is as
     * warm as the service's when the measured burst starts (a fresh generator per burst spent a quarter of
     * the two cores on itself): {@code warm} applies every applicant to a new event of their own and answers
     * {@code warmed}; {@code measure EVENT_ID} is the measured burst, {@code check EVENT_ID} the check of its
     * list afterwards; {@code raw JDBC_URL USER CLIENTS...} the raw SQL path; each of these ends with a line
     * {@code end}. {@code quit} ends the session.
     */
    static void session(HttpClient http, String events, String tokensFile, int connections, String methodist,
                        int capacity) throws Exception {
        List<String> tokens = Files.readAllLines(Path.of(tokensFile)).stream().filter(l -> !l.isBlank()).toList();
        var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        var in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in));
        Outcome measured = null;
        for (String line; (line = in.readLine()) != null && !line.equals("quit"); ) {
            String[] command = line.trim().split("\\s+");
            switch (command[0]) {
                case "warm" -> {
                    burst(events, createEvent(http, events, methodist, capacity), tokens, connections);
                    System.out.println("warmed");
                }
                case "measure" -> {
                    long cpu0 = os.getProcessCpuTime();
                    var outcome = burst(events, command[1], tokens, connections);
                    long cpu1 = os.getProcessCpuTime();
                    System.out.printf("service.applicants=%d%nservice.seconds=%.3f%nservice.per_second=%.0f%n", tokens.size(),
                            outcome.seconds, tokens.size() / outcome.seconds);
                    System.out.printf("service.p50_ms=%.1f%nservice.p99_ms=%.1f%nservice.max_ms=%.1f%n", outcome.percentile(50),
                            outcome.percentile(99), outcome.percentile(100));
                    System.out.println("service.statuses=" + new java.util.TreeMap<>(outcome.statuses));
                    System.out.printf("load.cpu_seconds=%.1f%n", (cpu1 - cpu0) / 1e9);
                    measured = outcome;
                    System.out.println("end");
                }
                case "check" -> {
                    verify(http, events, command[1], methodist, capacity, tokens.size(), measured);
                    System.out.println("end");
                }
                case "raw" -> {
                    for (int i = 3; i < command.length; i++) {
                        int clients = Integer.parseInt(command[i]);
                        double rate = rawSql(command[1], command[2], tokens.size(), capacity, clients);
                        System.out.printf("raw_sql.clients_%d.per_second=%.0f%n", clients, rate);
                    }
                    System.out.println("end");
                }
                default -> throw new IllegalArgumentException(line);
            }
            System.out.flush();
        }
    }

    record Outcome(double seconds, List<Double> latencies, Map<Integer, Integer> statuses, List<String> created) {
        double percentile(int p) {
            List<Double> sorted = new ArrayList<>(latencies);
            Collections.sort(sorted);
            return sorted.get(Math.max(0, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
        }
    }

    static String createEvent(HttpClient http, String events, String methodist, int capacity) throws Exception {
        Instant start = Instant.now().plus(Duration.ofDays(14));
        String body = "{\"title\":\"Нагрузочный тест " + UUID.randomUUID() + "\",\"kind\":\"MENTOR_DAY\",\"format\":\"IN_PERSON\","
                + "\"venue\":\"ИМЦ\",\"startsAt\":\"" + start + "\",\"endsAt\":\"" + start.plus(Duration.ofHours(4)) + "\","
                + "\"capacity\":" + capacity + "}";
        var response = http.send(HttpRequest.newBuilder(URI.create(events + "/api/events"))
                .header("Authorization", "Bearer " + methodist).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("event not created: " + response.statusCode() + " " + response.body());
        }
        return field(response.body(), "id");
    }

    /** A few thousand signed requests the service answers before the burst: its JIT is as warm as a service that has run a while. */
    static void warmUp(HttpClient http, String events, String methodist) throws Exception {
        String id = createEvent(http, events, methodist, 1);
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 3000; i++) {
                pool.submit(() -> http.send(HttpRequest.newBuilder(URI.create(events + "/api/events/" + id))
                        .header("Authorization", "Bearer " + methodist).GET().build(), HttpResponse.BodyHandlers.discarding()));
            }
        }
    }

    /**
     * Every applicant applies once with their own token: each of {@code connections} clients applies for the
     * next applicant as soon as its answer arrives, until none is left, over its own kept-alive connection. Apache HttpClient 5 (classic, pooled) rather than the JDK's client, which took
     * noticeably more of the two cores the service needs (bench/results/propagation-2026-12-01.md).
     */
    static Outcome burst(String events, String eventId, List<String> tokens, int connections) throws Exception {
        var queue = new java.util.concurrent.ConcurrentLinkedQueue<>(tokens);
        var latencies = Collections.synchronizedList(new ArrayList<Double>());
        var statuses = new java.util.concurrent.ConcurrentHashMap<Integer, Integer>();
        var created = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        String uri = events + "/api/events/" + eventId + "/registrations";
        var client = org.apache.hc.client5.http.impl.classic.HttpClients.custom()
                .setConnectionManager(org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(connections).setMaxConnPerRoute(connections).build())
                .setDefaultRequestConfig(org.apache.hc.client5.http.config.RequestConfig.custom()
                        .setResponseTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(60)).build())
                .build();
        long t0 = System.nanoTime();
        try (client; var pool = Executors.newFixedThreadPool(connections)) {
            for (int c = 0; c < connections; c++) {
                pool.submit(() -> {
                    for (String token; (token = queue.poll()) != null; ) {
                        long s = System.nanoTime();
                        int status;
                        String body;
                        try {
                            var post = new org.apache.hc.client5.http.classic.methods.HttpPost(uri);
                            post.setHeader("Authorization", "Bearer " + token);
                            post.setEntity(new org.apache.hc.core5.http.io.entity.StringEntity("{}",
                                    org.apache.hc.core5.http.ContentType.APPLICATION_JSON));
                            String[] answer = client.execute(post, response -> new String[] {
                                    Integer.toString(response.getCode()),
                                    org.apache.hc.core5.http.io.entity.EntityUtils.toString(response.getEntity())});
                            status = Integer.parseInt(answer[0]);
                            body = answer[1];
                        } catch (Exception e) {
                            status = -1;
                            body = "";
                        }
                        latencies.add((System.nanoTime() - s) / 1e6);
                        statuses.merge(status, 1, Integer::sum);
                        if (status == 201) {
                            created.add(field(body, "id"));
                        }
                    }
                    return null;
                });
            }
        }
        return new Outcome((System.nanoTime() - t0) / 1e9, latencies, statuses, new ArrayList<>(created));
    }

    /**
     * The burst while PostgreSQL restarts underneath (the script restarts it): an applicant who gets 503
     * tries again after Retry-After, as a person would. Every 201 must still be there afterwards, every
     * 503 must be problem+json with Retry-After and come quickly (no hang), and applications must succeed
     * again by themselves once the database is back.
     */
    static void outage(HttpClient http, String events, String eventId, List<String> tokens, int connections, String methodist,
                       int capacity) throws Exception {
        var queue = new java.util.concurrent.ConcurrentLinkedQueue<>(tokens);
        var created = new java.util.concurrent.ConcurrentLinkedQueue<String>();
        var statuses = new java.util.concurrent.ConcurrentHashMap<Integer, Integer>();
        AtomicInteger unavailable = new AtomicInteger();
        AtomicInteger unavailableWellFormed = new AtomicInteger();
        AtomicInteger conflictsAfterOutage = new AtomicInteger();
        var slowestUnavailableMs = new java.util.concurrent.atomic.AtomicLong();
        var firstOutage = new java.util.concurrent.atomic.AtomicLong();
        var lastOutage = new java.util.concurrent.atomic.AtomicLong();
        var firstSuccessAfter = new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);
        URI uri = URI.create(events + "/api/events/" + eventId + "/registrations");
        long t0 = System.nanoTime();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int c = 0; c < connections; c++) {
                pool.submit(() -> {
                    for (String token; (token = queue.poll()) != null; ) {
                        boolean hadOutage = false;
                        for (int attempt = 0; attempt < 60; attempt++) {
                            long s = System.nanoTime();
                            HttpResponse<String> response;
                            try {
                                response = http.send(HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}"))
                                        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
                            } catch (Exception e) {
                                statuses.merge(-1, 1, Integer::sum);
                                Thread.sleep(1000);
                                continue;
                            }
                            long now = System.nanoTime();
                            statuses.merge(response.statusCode(), 1, Integer::sum);
                            if (response.statusCode() == 503) {
                                hadOutage = true;
                                unavailable.incrementAndGet();
                                firstOutage.compareAndSet(0, now);
                                lastOutage.set(now);
                                slowestUnavailableMs.accumulateAndGet((now - s) / 1_000_000, Math::max);
                                boolean problem = response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                                        && response.headers().firstValue("Retry-After").isPresent()
                                        && response.body().contains("\"status\":503");
                                if (problem) {
                                    unavailableWellFormed.incrementAndGet();
                                }
                                Thread.sleep(1000);
                                continue;
                            }
                            if (response.statusCode() == 201) {
                                created.add(field(response.body(), "id"));
                                if (lastOutage.get() != 0) {
                                    firstSuccessAfter.accumulateAndGet(now, Math::min);
                                }
                            } else if (response.statusCode() == 409 && hadOutage) {
                                // the commit went through although the answer was lost with the connection: not twice
                                conflictsAfterOutage.incrementAndGet();
                            }
                            break;
                        }
                    }
                    return null;
                });
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("outage.applicants=%d%noutage.seconds=%.1f%noutage.statuses=%s%n", tokens.size(), seconds,
                new java.util.TreeMap<>(statuses));
        System.out.printf("outage.answers_503=%d%noutage.answers_503_problem_json_with_retry_after=%d%noutage.slowest_503_ms=%d%n",
                unavailable.get(), unavailableWellFormed.get(), slowestUnavailableMs.get());
        System.out.printf("outage.conflict_after_503=%d%n", conflictsAfterOutage.get());
        System.out.printf("outage.resumed=%s%n", firstSuccessAfter.get() != Long.MAX_VALUE);
        verify(http, events, eventId, methodist, capacity, tokens.size() - conflictsAfterOutage.get(),
                new Outcome(seconds, List.of(), statuses, new ArrayList<>(created)));
    }

    /** Exact capacity, nobody lost or twice, and the waiting list after every place in arrival order. */
    static void verify(HttpClient http, String events, String eventId, String methodist, int capacity, int applicants,
                       Outcome outcome) throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(events + "/api/events/" + eventId + "/registrations"))
                .header("Authorization", "Bearer " + methodist).GET().build(), HttpResponse.BodyHandlers.ofString());
        String list = response.body();
        Matcher m = Pattern.compile("\\{\"id\":\"([^\"]+)\",\"arrival\":(\\d+),\"eventId\":\"[^\"]+\",\"status\":\"(\\w+)\"").matcher(list);
        int registered = 0;
        int waitlisted = 0;
        long lastPlace = 0;
        long firstWaiting = Long.MAX_VALUE;
        var ids = new java.util.HashSet<String>();
        while (m.find()) {
            ids.add(m.group(1));
            long arrival = Long.parseLong(m.group(2));
            if (m.group(3).equals("REGISTERED")) {
                registered++;
                lastPlace = Math.max(lastPlace, arrival);
            } else if (m.group(3).equals("WAITLISTED")) {
                waitlisted++;
                firstWaiting = Math.min(firstWaiting, arrival);
            }
        }
        long lost = outcome.created().stream().filter(id -> !ids.contains(id)).count();
        System.out.printf("check.rows=%d%ncheck.registered=%d%ncheck.waitlisted=%d%ncheck.answered_201_but_missing=%d%n",
                ids.size(), registered, waitlisted, lost);
        System.out.println("check.exact_capacity=" + (registered == capacity));
        System.out.println("check.everyone_once=" + (ids.size() == applicants && outcome.created().size() == applicants));
        System.out.println("check.waiting_after_every_place=" + (lastPlace < firstWaiting));
        var places = http.send(HttpRequest.newBuilder(URI.create(events + "/api/events/" + eventId + "/places"))
                .header("Authorization", "Bearer " + methodist).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher counted = Pattern.compile("\"waiting\":(\\d+)").matcher(places);
        System.out.println("check.waiting_count_exact=" + (counted.find() && Integer.parseInt(counted.group(1)) == waitlisted));
    }

    /** The hot row alone: take a place on one counter row, insert the registration and its outbox row, commit. */
    static double rawSql(String jdbc, String user, int applicants, int capacity, int clients) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbc, user, user); Statement s = c.createStatement()) {
            s.execute("drop table if exists raw_registration, raw_outbox, raw_event");
            s.execute("create table raw_event (id int primary key, capacity int not null, taken int not null default 0 check (taken <= capacity))");
            s.execute("create table raw_registration (id uuid primary key, seq bigint generated always as identity, event_id int not null, "
                    + "participant text not null, status text not null, created_at timestamptz not null default now())");
            s.execute("create unique index raw_one_place on raw_registration (event_id, participant) where status <> 'CANCELLED'");
            s.execute("create table raw_outbox (id uuid primary key, seq bigint generated always as identity, aggregateid text not null, "
                    + "type text not null, payload jsonb not null, published_at timestamptz)");
            s.execute("insert into raw_event values (1, " + capacity + ", 0)");
        }
        AtomicInteger next = new AtomicInteger();
        long t0 = System.nanoTime();
        try (var pool = Executors.newFixedThreadPool(clients)) {
            for (int k = 0; k < clients; k++) {
                pool.submit(() -> {
                    try (Connection c = DriverManager.getConnection(jdbc, user, user)) {
                        c.setAutoCommit(false);
                        PreparedStatement take = c.prepareStatement("update raw_event set taken = taken + 1 where id = 1 and taken < capacity");
                        PreparedStatement register = c.prepareStatement("insert into raw_registration (id, event_id, participant, status) values (?, 1, ?, ?)");
                        PreparedStatement outbox = c.prepareStatement("insert into raw_outbox (id, aggregateid, type, payload) values (?, '1', 'registration.changed', ?::jsonb)");
                        for (int n; (n = next.getAndIncrement()) < applicants; ) {
                            boolean placed = take.executeUpdate() == 1;
                            UUID id = UUID.randomUUID();
                            register.setObject(1, id);
                            register.setString(2, "user:" + n);
                            register.setString(3, placed ? "REGISTERED" : "WAITLISTED");
                            register.executeUpdate();
                            outbox.setObject(1, UUID.randomUUID());
                            outbox.setString(2, "{\"registrationId\":\"" + id + "\",\"status\":\"" + (placed ? "REGISTERED" : "WAITLISTED") + "\"}");
                            outbox.executeUpdate();
                            c.commit();
                        }
                    }
                    return null;
                });
            }
        }
        return applicants / ((System.nanoTime() - t0) / 1e9);
    }

    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + name + "\":\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
