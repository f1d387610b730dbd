package ru.mentoring.school.pair;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import org.jooq.DSLContext;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.mentor.AccountKey;
import ru.mentoring.model.pair.SeatEvents;
import ru.mentoring.model.pair.SeatsDecidedV1;
import ru.mentoring.school.SchoolFixtures;
import ru.mentoring.support.tenancy.Tenancy;
import ru.mentoring.support.tenancy.Tenant;
import ru.mentoring.support.tx.Transactions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static ru.mentoring.school.jooq.Tables.MENTEE_ACCOUNT;
import static ru.mentoring.support.testing.Tokens.bearer;

/**
 * Object mother for pair work: pairs formed through the API as a curator would, made working the way the
 * mentor bank's answer makes them (its seats.decided applied), and the realm's demo mentee login linked
 * to a mentee as the curator's login would link it.
 */
public final class PairFixtures {

    public static final String MENTEE_LOGIN = "mentee1";
    private static final String MENTEE_EMAIL = "mentee1@mentoring.local";

    private PairFixtures() {
    }

    /** A pupil of the curator's school with the guardian's processing consent. */
    public static UUID pupil(HttpClient http, String curator, String name, String grade, LocalDate today) {
        UUID pupil = SchoolFixtures.pupil(http, curator, name, grade, today.minusYears(13));
        SchoolFixtures.processingConsent(http, curator, pupil, true, today);
        return pupil;
    }

    public static UUID teacher(HttpClient http, String curator, String name, LocalDate today) {
        UUID teacher = SchoolFixtures.youngTeacher(http, curator, name);
        SchoolFixtures.processingConsent(http, curator, teacher, false, today);
        return teacher;
    }

    /** Formed by the curator and confirmed by the mentor bank: ACTIVE. */
    public static UUID activePair(HttpClient http, ApplicationContext context, String curator, String school, UUID mentor,
                                  List<UUID> mentees, String form, LocalDate startsOn, LocalDate endsOn) {
        Map<?, ?> pair = http.toBlocking().retrieve(HttpRequest.POST("/api/pairs", Map.of("mentorId", mentor,
                "menteeIds", mentees, "form", form, "startsOn", startsOn.toString(), "endsOn", endsOn.toString(),
                "how", "ASSIGNMENT")).header("Authorization", bearer(curator)), Map.class);
        UUID pairId = UUID.fromString((String) pair.get("id"));
        confirmSeats(context, school, pairId, mentor);
        return pairId;
    }

    public static void confirmSeats(ApplicationContext context, String school, UUID pairId, UUID mentor) {
        Tenancy.runVoid(Tenant.school(school), () -> context.getBean(SeatsDecisionProjection.class).apply(
                EventEnvelope.of(SeatEvents.DECIDED, school, new SeatsDecidedV1(pairId, school, mentor,
                        SeatsDecidedV1.Decision.CONFIRMED, null))));
    }

    /**
     * The realm's demo mentee login ({@value #MENTEE_LOGIN}, school 1) now belongs to this mentee of school 1:
     * what a curator's «выдать вход» records, without making a new Keycloak user.
     */
    public static void linkMenteeLogin(DSLContext sql, Transactions tx, UUID menteeId) {
        String key = AccountKey.of(MENTEE_EMAIL);
        Tenancy.runVoid(Tenant.school("1"), () -> tx.write(() -> {
            sql.deleteFrom(MENTEE_ACCOUNT).where(MENTEE_ACCOUNT.ACCOUNT_KEY.eq(key)).execute();
            sql.insertInto(MENTEE_ACCOUNT).set(MENTEE_ACCOUNT.MENTEE_ID, menteeId).set(MENTEE_ACCOUNT.SCHOOL_ID, "1")
                    .set(MENTEE_ACCOUNT.ACCOUNT_KEY, key).set(MENTEE_ACCOUNT.EMAIL, MENTEE_EMAIL)
                    .set(MENTEE_ACCOUNT.USERNAME, MENTEE_LOGIN).set(MENTEE_ACCOUNT.USER_ID, "realm-" + MENTEE_LOGIN).execute();
        }));
    }
}
