import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Search latency of the practice library: the service's HTTP API (Lucene) next to the naive ranked
 * PostgreSQL full-text query with the same facet counts, on the same corpus, in the same run.
 *
 *   java -cp postgresql.jar SearchBench.java API_URL JDBC_URL TOKEN_URL SECONDS WARMUP_SECONDS [LABEL [lucene]]
 *
 * Closed loop: each client sends its next query as soon as the previous answer arrived. Every request
 * asks for a ranked page of 20 with the facet counts of all six dimensions. Prints Markdown rows.
 */
public class SearchBench {

    /** What people type: inflected forms, two- and three-word queries, a typo, common and rare words. */
    static final List<String> QUERIES = List.of(
            "наставник", "молодой педагог", "проектная деятельность", "взаимопосещение уроков",
            "функциональной грамотности", "подготовка к ГИА по математике", "адаптация молодых учителей",
            "профессиональные пробы", "формирующее оценивание", "дети с ОВЗ", "рефлексивный дневник",
            "наставнек молодых", "читательская грамотность старшеклассников", "разбор видеозаписей",
            "работа с родителями", "успеваемость по физике", "кейс-чемпионат", "сетевой проект",
            "индивидуальный план развития", "открытый урок", "исследовательские проекты по биологии",
            "дисциплина на уроке", "профориентация школьников", "цифровая образовательная среда");

    record Stats(int samples, double median, double p95, double p99, double perSecond) {
    }

    public static void main(String[] args) throws Exception {
        String api = args[0];
        String jdbc = args[1];
        String tokenUrl = args[2];
        int seconds = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        String label = args.length > 5 ? args[5] + ", " : "";
        boolean luceneOnly = args.length > 6 && args[6].equals("lucene");
        String token = token(tokenUrl, "mentor1");

        List<String> rows = new ArrayList<>();
        Function<Integer, Runnable> lucene = offset -> httpClient(api, token, offset, false);
        run(lucene, 8, warmup);
        for (int clients : new int[] {1, 8}) {
            Stats s = run(lucene, clients, seconds);
            rows.add(row(label + "service API (Lucene), ranked + 6 facets — 24 popular queries", clients, s));
        }
        Function<Integer, Runnable> varied = offset -> httpClient(api, token, offset, true);
        for (int clients : new int[] {1, 8}) {
            Stats s = run(varied, clients, seconds);
            rows.add(row(label + "service API (Lucene), ranked + 6 facets — 6 912 query × filter combinations", clients, s));
        }
        if (luceneOnly) {
            rows.forEach(System.out::println);
            return;
        }
        Function<Integer, Runnable> naive = offset -> sqlClient(jdbc, offset);
        run(naive, 2, Math.max(5, warmup / 2));
        for (int clients : new int[] {1, 8}) {
            Stats s = run(naive, clients, seconds);
            rows.add(row("PostgreSQL ts_rank + ts_headline + 6 facet GROUP BYs", clients, s));
        }
        rows.forEach(System.out::println);
    }

    static String row(String what, int clients, Stats s) {
        return String.format(Locale.ROOT, "| %s | %d | %d | %.1f | %.1f | %.1f | %.1f |", what, clients, s.samples(),
                s.median(), s.p95(), s.p99(), s.perSecond());
    }

    /** Runs {@code clients} closed-loop clients for {@code seconds}; returns latency percentiles in ms. */
    static Stats run(Function<Integer, Runnable> client, int clients, int seconds) throws InterruptedException {
        var latencies = new ConcurrentLinkedQueue<Long>();
        var failures = new AtomicInteger();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        var done = new CountDownLatch(clients);
        for (int c = 0; c < clients; c++) {
            Runnable call = client.apply(c * 7);
            Thread.ofPlatform().start(() -> {
                try {
                    while (System.nanoTime() < end) {
                        long t0 = System.nanoTime();
                        try {
                            call.run();
                            latencies.add(System.nanoTime() - t0);
                        } catch (RuntimeException e) {
                            if (failures.incrementAndGet() < 3) {
                                System.err.println("request failed: " + e);
                            }
                        }
                    }
                } finally {
                    done.countDown();
                }
            });
        }
        done.await();
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        if (sorted.isEmpty()) {
            throw new IllegalStateException("no successful request");
        }
        return new Stats(sorted.size(), ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.size() / (double) seconds);
    }

    static double ms(List<Long> sorted, double q) {
        int i = (int) Math.ceil(q * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
    }

    static final List<String> FORMS = List.of("учитель–учитель", "ученик–ученик", "студент–ученик",
            "работодатель–ученик", "работодатель–студент", "учитель–студент вуза", "лидер–проектная команда");
    static final List<String> LEVELS = List.of("SCHOOL", "MUNICIPAL", "REGIONAL");

    /**
     * {@code varied}: each request adds a random choice of filters (form: 7 or none, year: 2019–2026 or none,
     * level: 3 or none) to its query, 24 × 8 × 9 × 4 = 6 912 different requests: the service remembers only
     * the last 2 000 whole answers, so most requests search. What it does reuse are the facet counts of the
     * same words under fewer filters (drill-sideways needs them), as for a reader narrowing a search.
     */
    static Runnable httpClient(String api, String token, int offset, boolean varied) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicInteger next = new AtomicInteger(offset);
        java.util.Random random = new java.util.Random(offset);
        return () -> {
            String q = QUERIES.get(next.getAndIncrement() % QUERIES.size());
            StringBuilder filters = new StringBuilder();
            if (varied) {
                int form = random.nextInt(FORMS.size() + 1);
                int year = random.nextInt(9);
                int level = random.nextInt(LEVELS.size() + 1);
                if (form < FORMS.size()) {
                    filters.append("&form=").append(URLEncoder.encode(FORMS.get(form), StandardCharsets.UTF_8));
                }
                if (year < 8) {
                    filters.append("&year=").append(2019 + year);
                }
                if (level < LEVELS.size()) {
                    filters.append("&level=").append(LEVELS.get(level));
                }
            }
            var request = HttpRequest.newBuilder(URI.create(api + "/api/practices/search?size=20&q="
                            + URLEncoder.encode(q, StandardCharsets.UTF_8) + filters))
                    .header("Authorization", "Bearer " + token).GET().build();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() != 200 || !response.body().contains("\"facets\"")) {
                    throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
                }
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        };
    }

    /** The naive query: rank every match, headline the top 20, count each facet over all matches. */
    static final String NAIVE = """
            with q as (select websearch_to_tsquery('russian', lower(cast(? as text) collate "und-x-icu")) as q),
            hits as (
              select v.practice_id, v.title, v.description, v.form, v.target_group, v.year, v.level, v.competencies,
                     v.school_id, ts_rank(v.bench_search, q.q) as rank
              from practice_version v, q
              where v.status = 'PUBLISHED' and v.bench_search @@ q.q),
            top as (select * from hits order by rank desc limit 20)
            select 'hit' as kind, ts_headline('russian', top.description, q.q) as value, 1 as n from top, q
            union all select 'form', form, count(*) from hits group by form
            union all select 'competency', c, count(*) from hits, unnest(competencies) c group by c
            union all select 'school', school_id, count(*) from hits group by school_id
            union all select 'year', year::text, count(*) from hits group by year
            union all select 'level', level, count(*) from hits group by level
            union all select 'targetGroup', target_group, count(*) from hits group by target_group
            union all select 'total', null, count(*) from hits""";

    static Runnable sqlClient(String jdbc, int offset) {
        try {
            Connection connection = DriverManager.getConnection(jdbc, "practices_app", "practices_app");
            PreparedStatement statement = connection.prepareStatement(NAIVE);
            AtomicInteger next = new AtomicInteger(offset);
            return () -> {
                try {
                    statement.setString(1, QUERIES.get(next.getAndIncrement() % QUERIES.size()));
                    try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                            rs.getString(2);
                        }
                    }
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            };
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String token(String tokenUrl, String user) throws Exception {
        String form = "grant_type=password&client_id=mentoring-cli&password=demo&username=" + user;
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(tokenUrl))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body();
        int start = body.indexOf("\"access_token\":\"") + 16;
        return body.substring(start, body.indexOf('"', start));
    }
}
