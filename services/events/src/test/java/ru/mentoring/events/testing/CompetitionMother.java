package ru.mentoring.events.testing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Competitions in a known state, built through the API as the methodist, curators and experts would. */
public final class CompetitionMother {

    private CompetitionMother() {
    }

    public record Run(String competitionId, String entryId, Map<String, Object> competition) {
    }

    /** A competition with stages from today on, every deadline a week after the previous one. */
    public static Map<String, Object> competition(EventsApi api, Clock clock, String title) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Moscow"));
        Map<String, Object> event = api.event(title, 200);
        event.put("startsAt", today.plusDays(40).atTime(10, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant().toString());
        event.put("endsAt", today.plusDays(40).atTime(17, 0).atZone(ZoneId.of("Europe/Moscow")).toInstant().toString());
        Map<String, Object> body = new HashMap<>();
        body.put("event", event);
        body.put("stages", List.of(
                Map.of("stage", "ACCEPTANCE", "deadline", today.plusDays(7).toString()),
                Map.of("stage", "TECHNICAL_CHECK", "deadline", today.plusDays(14).toString()),
                Map.of("stage", "CORRESPONDENCE", "deadline", today.plusDays(28).toString()),
                Map.of("stage", "IN_PERSON", "deadline", today.plusDays(40).toString())));
        return body;
    }

    /** An entry of school 1, admitted, given to expert1 and scored on the correspondence stage. */
    public static Run scoredEntryOfSchoolOne(EventsApi api, Clock clock) {
        Map<?, ?> created = api.post("/api/competitions", "methodist", competition(api, clock, "Конкурс «Педагог-наставник»"));
        String id = (String) created.get("id");
        String entry = (String) api.post("/api/competitions/" + id + "/entries", "curator1", Map.of("title", "Наставничество в 5 классе",
                "nomination", "Педагог-наставник", "summary", "Практика сопровождения молодого учителя", "authorName",
                "Иванова Мария Сергеевна")).get("id");
        api.post("/api/competitions/" + id + "/advance", "methodist", Map.of());
        api.post("/api/competitions/" + id + "/entries/" + entry + "/check", "methodist", Map.of("admitted", true));
        api.post("/api/competitions/" + id + "/advance", "methodist", Map.of());
        api.post("/api/competitions/" + id + "/experts", "expert1", Map.of());
        String expert = (String) ((List<Map<String, Object>>) (List<?>) api.items("/api/competitions/" + id + "/experts", "methodist"))
                .stream().filter(j -> "Татьяна Морозова".equals(j.get("name"))).findFirst().orElseThrow().get("subject");
        api.post("/api/competitions/" + id + "/assignments", "methodist", Map.of("entryId", entry, "expertSubject", expert));
        api.put("/api/competitions/" + id + "/entries/" + entry + "/scores", "expert1", Map.of("scores", sheet(api, id, "CORRESPONDENCE", 7)));
        return new Run(id, entry, created.entrySet().stream().collect(HashMap::new, (m, e) -> m.put(String.valueOf(e.getKey()), e.getValue()), Map::putAll));
    }

    /** Points for every criterion of a stage. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> sheet(EventsApi api, String competitionId, String stage, int points) {
        List<Map<String, Object>> criteria = (List<Map<String, Object>>) api.get("/api/competitions/" + competitionId, "methodist").get("criteria");
        List<Map<String, Object>> sheet = new ArrayList<>();
        criteria.stream().filter(c -> stage.equals(c.get("stage")))
                .forEach(c -> sheet.add(Map.of("criterionId", c.get("id"), "points", points)));
        return sheet;
    }
}
