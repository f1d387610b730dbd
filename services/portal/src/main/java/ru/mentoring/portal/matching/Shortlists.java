package ru.mentoring.portal.matching;

import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.backend.school.DirectoryEntry;
import ru.mentoring.portal.backend.school.Matching;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.catalogue.Catalogues;
import ru.mentoring.portal.mentee.MenteeLabels;
import ru.mentoring.portal.web.RussianText;
import ru.mentoring.support.time.Today;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** The explained shortlist of one mentee, for the matching screen's «другой наставник» and for mutual choice. */
@Singleton
public class Shortlists {

    static final int SIZE = 10;
    static final String NOT_YET = "Подбор наставников по анкетам пока недоступен в школьном сервисе. "
            + "Наставника можно назначить вручную.";

    private final SchoolClient school;
    private final Catalogues catalogues;
    private final Today today;

    Shortlists(SchoolClient school, Catalogues catalogues, Today today) {
        this.school = school;
        this.catalogues = catalogues;
        this.today = today;
    }

    /** {@code how}: MATCHING for the curator's own pick, CHOICE for the mentee's, which waits for the mentor. */
    public CandidatesPage page(UUID menteeId, String how) {
        Mentees.Mentee mentee = school.mentee(menteeId);
        boolean choice = "CHOICE".equals(how);
        String note = null;
        List<Matching.Candidate> candidates = List.of();
        try {
            candidates = school.candidates(menteeId, SIZE).list();
        } catch (BackendException.Rejected rejected) {
            note = notBuiltYet(rejected) ? NOT_YET : RussianText.of(rejected.problem().detail(), NOT_YET);
        }
        List<Catalogue.Entry> forms = catalogues.forms();
        Map<UUID, String> kinds = mentorKinds();
        String place = MenteeLabels.place(mentee.grade(), mentee.position());
        List<Offered> offered = candidates.stream()
                .map(c -> Offered.of(menteeId, mentee.fullName(), place, Explained.of(c), mentee.kind(),
                        kinds.get(c.mentorId()), forms))
                .toList();
        if (note == null && offered.isEmpty()) {
            note = "Подходящих наставников со свободными местами сейчас нет.";
        }
        LocalDate start = today.date();
        return new CandidatesPage(
                (choice ? "Взаимный выбор: " : "Другой наставник: ") + mentee.fullName(),
                choice ? "Выберите наставника вместе с наставляемым. Наставник получит предложение в своём кабинете; "
                        + "до его ответа пара ждёт согласия наставника, затем места закрепляет банк наставников."
                        : "Лучшие наставники для наставляемого, с объяснением оценки. Принятая пара ожидает "
                        + "подтверждения банка наставников.",
                menteeId, mentee.fullName(), choice ? "CHOICE" : "MATCHING",
                choice ? "/choice/" + menteeId : "/matching/mentees/" + menteeId,
                choice ? "Выбрать этого наставника" : "Принять этого наставника", offered, start.toString(),
                Today.endOfSchoolYear(start).toString(), note);
    }

    /**
     * The school service answers an address it has no route for with «Страница не найдена»: the matching
     * engine is not deployed there yet, which the pages say plainly rather than as a missing page.
     */
    static boolean notBuiltYet(BackendException.Rejected rejected) {
        String detail = rejected.problem().detail();
        return rejected.status() == 404 && (detail == null || detail.isBlank() || "Страница не найдена".equals(detail));
    }

    /** Who each mentor of the school's directory is (a teacher, a student…), to guess a pair's form. */
    Map<UUID, String> mentorKinds() {
        return school.directory(null).list().stream().filter(m -> m.kind() != null)
                .collect(Collectors.toMap(DirectoryEntry::id, DirectoryEntry::kind, (a, b) -> a));
    }
}
