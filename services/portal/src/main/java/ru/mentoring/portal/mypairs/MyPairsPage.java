package ru.mentoring.portal.mypairs;

import ru.mentoring.portal.backend.school.MyPairs;
import ru.mentoring.portal.pair.PairLabels;
import ru.mentoring.portal.pairwork.PairHeaders;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.PageModel;

import java.util.List;
import java.util.UUID;

/**
 * «Мои пары» of a mentor (every school they work with) or «Моё наставничество» of a mentee: each pair with
 * its school, mentees as the user may see them, plan progress, next deadline, last meeting and the meetings
 * waiting for this user's confirmation.
 */
record MyPairsPage(boolean mentor, List<Row> rows, int toConfirm) implements PageModel {

    static MyPairsPage of(Side side, List<MyPairs.Item> items) {
        List<Row> rows = items.stream().map(Row::of).toList();
        return new MyPairsPage(side == Side.MENTOR, rows, items.stream().mapToInt(MyPairs.Item::meetingsToConfirm).sum());
    }

    @Override
    public String view() {
        return "my-pairs";
    }

    @Override
    public String title() {
        return mentor ? "Мои пары" : "Моё наставничество";
    }

    record Row(UUID id, String school, boolean ownSchool, String mentor, List<String> mentees, String form,
               String term, String status, String statusClass, String plan, String nextTask, String lastMeeting,
               int toConfirm, String contact) {

        static Row of(MyPairs.Item i) {
            String school = i.schoolName() != null && !i.schoolName().isBlank() ? i.schoolName()
                    : i.schoolId() == null ? "—" : "школа № " + i.schoolId();
            String status = i.statusTitle() != null && !i.statusTitle().isBlank() ? i.statusTitle()
                    : PairLabels.status(i.status());
            return new Row(i.pairId(), school, i.ownSchool(), i.mentorName() == null ? "—" : i.mentorName(),
                    i.menteeList().stream().map(PairHeaders::card).toList(),
                    i.formTitle() == null ? "—" : i.formTitle(), Dates.day(i.startsOn()) + " — " + Dates.day(i.endsOn()),
                    status, PairLabels.statusClass(i.status()),
                    i.planTotal() == 0 ? "план не составлен" : i.planDone() + " из " + i.planTotal(),
                    Dates.day(i.nextTaskDue()), i.lastMeetingOn() == null ? "встреч не было" : Dates.day(i.lastMeetingOn()),
                    i.meetingsToConfirm(),
                    i.curatorContact() == null || i.curatorContact().isBlank() ? "не указан" : i.curatorContact());
        }
    }
}
