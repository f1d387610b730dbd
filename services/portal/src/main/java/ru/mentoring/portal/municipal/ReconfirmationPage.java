package ru.mentoring.portal.municipal;

import ru.mentoring.portal.backend.mentorbank.Reconfirmation;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorLabels;
import ru.mentoring.portal.web.PageModel;

import java.util.List;
import java.util.UUID;

/**
 * «Подтверждение муниципальных наставников»: last year's municipal mentors, what each answered about the
 * coming year, and who is on its list already.
 */
record ReconfirmationPage(String year, String previousYear, List<Row> rows, long carryingOn) implements PageModel {

    record Row(UUID mentorId, String fullName, String school, String answer, String answerClass, boolean onList,
               boolean left) {
    }

    static ReconfirmationPage of(Reconfirmation round, Schools schools) {
        List<Row> rows = round.itemList().stream().map(i -> new Row(i.mentorId(), i.fullName(),
                i.homeSchoolId() == null ? "—" : schools.label(i.homeSchoolId()),
                i.carriesOn() == null ? "не ответил(а)" : i.carriesOn() ? "продолжает" : "не продолжает",
                i.carriesOn() == null ? "pending" : i.carriesOn() ? "accepted" : "declined", i.onList(),
                "LEFT".equals(i.status()))).toList();
        long carrying = round.itemList().stream().filter(i -> Boolean.TRUE.equals(i.carriesOn()) && !i.onList()
                && !"LEFT".equals(i.status())).count();
        return new ReconfirmationPage(round.year(), round.previousYear(), rows, carrying);
    }

    public String statusOf(Row row) {
        return row.left() ? MentorLabels.status("LEFT") : "";
    }

    @Override
    public String view() {
        return "municipal-reconfirmation";
    }

    @Override
    public String title() {
        return "Подтверждение муниципальных наставников";
    }
}
