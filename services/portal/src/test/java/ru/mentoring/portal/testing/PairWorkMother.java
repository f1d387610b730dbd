package ru.mentoring.portal.testing;

import io.micronaut.json.JsonMapper;
import ru.mentoring.portal.backend.school.Meetings;
import ru.mentoring.portal.backend.school.MyPairs;
import ru.mentoring.portal.backend.school.Oversight;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.backend.school.Plans;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.UUID;

/**
 * {@link PairWorkJson} read into the portal's records the way its client reads the school service's answers
 * (the portal's own JSON mapper): page tests render exactly what the contract's JSON turns into.
 */
public final class PairWorkMother {

    private static JsonMapper mapper;

    private PairWorkMother() {
    }

    public static Plans.Plan plan(UUID pair) {
        return read(PairWorkJson.plan(pair), Plans.Plan.class);
    }

    public static Plans.Plan draftPlan(UUID pair) {
        return read(PairWorkJson.draftPlan(pair), Plans.Plan.class);
    }

    public static Meetings.Log meetings() {
        return read(PairWorkJson.meetings(), Meetings.Log.class);
    }

    public static Oversight.Board board() {
        return read(PairWorkJson.board(), Oversight.Board.class);
    }

    public static MyPairs.Item ownPair() {
        return read(PairWorkJson.ownPair(), MyPairs.Item.class);
    }

    public static MyPairs.Item otherSchoolPair() {
        return read(PairWorkJson.otherSchoolPair(), MyPairs.Item.class);
    }

    public static List<MyPairs.Item> myPairs() {
        return List.of(ownPair(), otherSchoolPair());
    }

    public static Pairs.Pair completedPupilPair() {
        return read(PairWorkJson.completedPupilPair(), Pairs.Pair.class);
    }

    public static Pairs.Pair activePupilPair() {
        return read(PairWorkJson.activePupilPair(), Pairs.Pair.class);
    }

    public static Pairs.Pair terminatedTeacherPair() {
        return read(PairWorkJson.terminatedTeacherPair(), Pairs.Pair.class);
    }

    public static Plans.Template template() {
        return read(PairWorkJson.template(), Plans.Template.class);
    }

    public static List<Plans.Template> templates() {
        return List.of(template());
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return mapper().readValue(json, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized JsonMapper mapper() {
        if (mapper == null) {
            mapper = PortalHarness.get().bean(JsonMapper.class);
        }
        return mapper;
    }
}
