package ru.mentoring.events.competition;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The standings: each entry's mean sheet total per scored stage (the mean over the experts who scored
 * it), their sum, and places 1–3 per nomination. Pure arithmetic over the scores.
 */
final class Results {

    @Serdeable
    record Row(UUID entryId, String title, String authorName, String schoolId, String nomination, EntryStatus status,
               @Nullable Double correspondence, @Nullable Double inPerson, double total, @Nullable Integer place,
               @Nullable String award) {
    }

    private Results() {
    }

    static Map<String, List<Row>> standings(Competition c, List<Entry> entries, List<CompetitionQueries.Score> scores) {
        Map<UUID, Map<Stage, Map<String, Integer>>> sums = new HashMap<>();
        for (CompetitionQueries.Score s : scores) {
            sums.computeIfAbsent(s.entryId(), k -> new HashMap<>()).computeIfAbsent(s.stage(), k -> new HashMap<>())
                    .merge(s.expert(), s.points(), Integer::sum);
        }
        Map<String, List<Row>> byNomination = new LinkedHashMap<>();
        c.nominations().forEach(n -> byNomination.put(n, new ArrayList<>()));
        for (Entry e : entries) {
            if (e.status() == EntryStatus.SUBMITTED || e.status() == EntryStatus.NOT_ADMITTED) {
                continue;
            }
            Map<Stage, Map<String, Integer>> own = sums.getOrDefault(e.id(), Map.of());
            Double corr = mean(own.get(Stage.CORRESPONDENCE));
            Double live = mean(own.get(Stage.IN_PERSON));
            double total = (corr == null ? 0 : corr) + (live == null ? 0 : live);
            byNomination.computeIfAbsent(e.nomination(), k -> new ArrayList<>())
                    .add(new Row(e.id(), e.title(), e.authorName(), e.schoolId(), e.nomination(), e.status(), corr, live, total,
                            e.place(), e.award()));
        }
        byNomination.values().forEach(rows -> rows.sort(Comparator.comparingDouble(Row::total).reversed()
                .thenComparing(r -> r.correspondence() == null ? 0 : -r.correspondence())));
        return byNomination;
    }

    /** Places 1–3 in each nomination to the best totals that scored anything; a tie shares nothing: order holds. */
    static Map<UUID, Integer> places(Map<String, List<Row>> standings) {
        Map<UUID, Integer> places = new HashMap<>();
        standings.values().forEach(rows -> {
            int place = 0;
            for (Row r : rows) {
                if (place == 3 || r.total() <= 0 || r.status() == EntryStatus.ELIMINATED) {
                    continue;
                }
                places.put(r.entryId(), ++place);
            }
        });
        return places;
    }

    static String award(String nomination, int place) {
        return "«" + nomination + "»: " + (place == 1 ? "победитель" : "призёр, " + place + " место");
    }

    /** Mean of the experts' sheet totals, or null when nobody scored. */
    @Nullable
    static Double mean(@Nullable Map<String, Integer> perExpert) {
        if (perExpert == null || perExpert.isEmpty()) {
            return null;
        }
        return Math.round(perExpert.values().stream().mapToInt(Integer::intValue).average().orElse(0) * 100) / 100.0;
    }
}
