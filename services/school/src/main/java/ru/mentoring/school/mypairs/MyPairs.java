package ru.mentoring.school.mypairs;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.model.pair.PairStatus;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.meeting.MeetingService;
import ru.mentoring.school.meeting.MeetingSummary;
import ru.mentoring.school.meeting.MeetingView;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairAccess;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairPeople;
import ru.mentoring.school.pair.PairSide;
import ru.mentoring.school.plan.PlanProgress;
import ru.mentoring.school.plan.PlanService;
import ru.mentoring.school.plan.PlanView;
import ru.mentoring.school.profile.SchoolProfile;
import ru.mentoring.school.profile.SchoolProfiles;
import ru.mentoring.school.programme.Programme;
import ru.mentoring.school.programme.ProgrammeService;

import java.util.List;
import java.util.UUID;

/**
 * A mentor's pairs in every school and a mentee's own pairs. Each pair is read within its own school
 * (a mentor from elsewhere reaches that school's data for their pair only) and shown as the caller may
 * see it.
 */
@Singleton
class MyPairs {

    private final PairAccess access;
    private final PairPeople people;
    private final PlanService plans;
    private final MeetingService meetings;
    private final SchoolProfiles profiles;
    private final ProgrammeService programmes;
    private final FormTitles forms;

    MyPairs(PairAccess access, PairPeople people, PlanService plans, MeetingService meetings, SchoolProfiles profiles,
            ProgrammeService programmes, FormTitles forms) {
        this.access = access;
        this.people = people;
        this.plans = plans;
        this.meetings = meetings;
        this.profiles = profiles;
        this.programmes = programmes;
        this.forms = forms;
    }

    List<MyPair> all(Authentication authentication) {
        return access.own(authentication).stream()
                .filter(who -> who.pair().status() != PairStatus.REFUSED && who.pair().status() != PairStatus.AWAITING_MENTOR)
                .map(who -> access.within(who, () -> item(who, false))).toList();
    }

    MyPair one(Authentication authentication, UUID pairId) {
        PairParticipant who = access.participant(authentication, pairId);
        if (who.is(PairSide.CURATOR)) {
            // a curator reads the pair through the school's own pages
            throw ru.mentoring.support.web.BusinessRuleException.notFound("Пара не найдена");
        }
        return access.within(who, () -> item(who, true));
    }

    @Transactional(readOnly = true)
    MyPair item(PairParticipant who, boolean full) {
        Pair pair = who.pair();
        SchoolProfile school = profiles.of(pair.schoolId());
        List<MyPair.Card> cards = people.mentees(who).stream()
                .map(c -> new MyPair.Card(c.minimal() ? null : c.id(), c.name(), c.grade(), c.position())).toList();
        PlanProgress plan = plans.progress(pair.schoolId(), pair.id());
        MeetingSummary log = meetings.summary(pair.schoolId(), pair.id());
        MeetingView.Log meetingLog = meetings.log(who);
        PlanView planView = full ? plans.view(who) : null;
        boolean running = pair.status() == PairStatus.ACTIVE;
        return new MyPair(pair.id(), pair.schoolId(), school.shortName(), who.side(), who.side().title(), pair.form(),
                forms.title(pair.form()), pair.status(), ru.mentoring.school.pair.PairView.statusTitle(pair.status()), pair.startsOn(), pair.endsOn(),
                pair.mentorName(), cards, !who.outsideMentor(),
                curatorContact(pair.schoolId(), school), plan.done(), plan.total(), running ? plan.overdue() : 0,
                running ? plan.nextDue() : null, log.held(), log.lastMeetingOn(), meetingLog.toConfirm(), planView,
                full ? meetingLog : null);
    }

    private String curatorContact(String schoolId, SchoolProfile school) {
        List<String> curators = programmes.current(schoolId).map(Programme::curators).orElse(List.of());
        return (curators.isEmpty() ? "Куратор программы наставничества"
                : (curators.size() == 1 ? "Куратор: " : "Кураторы: ") + String.join(", ", curators))
                + " — " + school.fullName();
    }
}
