package ru.mentoring.portal.home;

import jakarta.inject.Singleton;
import ru.mentoring.portal.backend.BackendException;
import ru.mentoring.portal.backend.events.Events;
import ru.mentoring.portal.backend.events.EventsClient;
import ru.mentoring.portal.backend.mentorbank.MentorBankClient;
import ru.mentoring.portal.backend.practices.Practices;
import ru.mentoring.portal.backend.practices.PracticesClient;
import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.backend.school.MyChoice;
import ru.mentoring.portal.backend.school.Pairs;
import ru.mentoring.portal.backend.school.Programmes;
import ru.mentoring.portal.backend.school.SchoolClient;
import ru.mentoring.portal.backend.school.SchoolNotices;
import ru.mentoring.portal.web.PortalUser;
import ru.mentoring.support.time.Today;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What each role does next, for the home page: a curator's programme, mentees without consent, candidates
 * without a pair, pairs waiting and unread notices; a mentor's offers and requests; a methodist's
 * nominations, requests, practices on review and competition entries waiting for the technical check. A
 * service that does not answer costs only its own lines.
 */
@Singleton
class NextSteps {

    // consents are read per candidate: past this many the home page says how far it looked
    static final int CONSENT_CHECKS = 100;
    static final int ITEMS = 5;

    private final SchoolClient school;
    private final MentorBankClient bank;
    private final EventsClient events;
    private final PracticesClient library;
    private final Today today;
    private final PairWorkSteps pairWork = new PairWorkSteps();

    NextSteps(SchoolClient school, MentorBankClient bank, EventsClient events, PracticesClient library, Today today) {
        this.school = school;
        this.bank = bank;
        this.events = events;
        this.library = library;
        this.today = today;
    }

    List<NextStep> of(PortalUser user) {
        List<NextStep> steps = new ArrayList<>();
        if (user.isCurator()) {
            guarded(steps, "Программа наставничества", this::programme);
            guarded(steps, "База наставляемых", this::mentees);
            guarded(steps, "Уведомления", this::notices);
            guarded(steps, "Работа пар", s -> pairWork.ofSchool(s, school.oversight()));
        }
        if (user.isMentor()) {
            guarded(steps, "Предложения стать наставником", this::offers);
            guarded(steps, "Запросы школ", s -> pendingRequests(s, "Запросов школ ждут вашего решения: "));
        }
        if (user.isMentee() && !user.isMentor()) {
            guarded(steps, "Выбор наставника", this::choice);
        }
        if (user.hasOwnPairs()) {
            guarded(steps, "Мои пары", s -> pairWork.ofOwn(s, school.myPairs().list(), user.isMentor(), today.date()));
        }
        if (user.isMethodist()) {
            guarded(steps, "Выдвижения", this::nominations);
            guarded(steps, "Запросы наставников", s -> pendingRequests(s, "Запросов наставников ждут решения: "));
            guarded(steps, "Экспертиза практик", this::practicesInReview);
            guarded(steps, "Конкурсы", this::entriesToCheck);
        }
        if (user.has(ru.mentoring.support.tenancy.Roles.EXPERT)) {
            guarded(steps, "Экспертиза конкурсов", this::expertTasks);
            guarded(steps, "Экспертиза практик", this::practicesToReview);
        }
        guarded(steps, "Мероприятия", this::eventMessages);
        return steps;
    }

    /** The expert's entries waiting for their scoring sheet, each linked to its sheet. */
    private void expertTasks(List<NextStep> steps) {
        var tasks = events.expertTasks();
        var waiting = tasks.items() == null ? List.<Events.Task>of()
                : tasks.items().stream().filter(t -> !t.done()).toList();
        if (waiting.isEmpty()) {
            steps.add(NextStep.done("Работ, ждущих вашей оценки, нет", "/competitions", "Конкурсы"));
            return;
        }
        steps.add(NextStep.todo("Работ ждут вашего листа оценки: " + waiting.size(), "/competitions", "Конкурсы",
                waiting.stream().limit(ITEMS).map(t -> new NextStep.Item("«" + t.entryTitle() + "» — " + t.competitionTitle()
                        + ", " + t.stageTitle().toLowerCase(java.util.Locale.ROOT),
                        "/competitions/" + t.competitionId() + "/entries/" + t.entryId() + "/sheet")).toList()));
    }

    /** The practices in review the methodist assigned to this expert, each linked to its review page. */
    private void practicesToReview(List<NextStep> steps) {
        var assigned = library.reviewQueue().list();
        if (assigned.isEmpty()) {
            steps.add(NextStep.done("Практик на вашей экспертизе нет", "/practices/review", "Экспертиза практик"));
            return;
        }
        steps.add(NextStep.todo("Практик на вашей экспертизе: " + assigned.size(), "/practices/review", "Экспертиза практик",
                assigned.stream().limit(ITEMS).map(p -> new NextStep.Item("«" + p.title() + "», версия " + p.version(),
                        "/practices/" + p.id() + "/review")).toList()));
    }

    /** For the methodist: practices on review, those still without experts named first. */
    private void practicesInReview(List<NextStep> steps) {
        var queue = library.reviewQueue().list();
        if (queue.isEmpty()) {
            steps.add(NextStep.done("Практик на экспертизе нет", "/practices/review", "Экспертиза практик"));
            return;
        }
        long unassigned = queue.stream().filter(NextSteps::withoutExperts).count();
        steps.add(NextStep.todo("Практик на экспертизе: " + queue.size()
                        + (unassigned > 0 ? ", без назначенных экспертов: " + unassigned : ""), "/practices/review", "Экспертиза практик",
                queue.stream().sorted(Comparator.comparing(p -> !withoutExperts(p))).limit(ITEMS)
                        .map(p -> new NextStep.Item("«" + p.title() + "», версия " + p.version() + " — "
                                + (withoutExperts(p) ? "назначьте экспертов" : "экспертов: " + p.reviewers().size()),
                                "/practices/" + p.id() + "/review")).toList()));
    }

    private static boolean withoutExperts(Practices.Summary practice) {
        return practice.reviewers() == null || practice.reviewers().isEmpty();
    }

    /** For the methodist: entries of running competitions not yet through the technical check. */
    private void entriesToCheck(List<NextStep> steps) {
        List<NextStep.Item> waiting = new ArrayList<>();
        for (var competition : events.competitions().list()) {
            if (competition.resultsPublishedAt() != null) {
                continue;
            }
            List<Events.Entry> entries = events.entries(competition.id()).items();
            (entries == null ? List.<Events.Entry>of() : entries).stream()
                    .filter(e -> "SUBMITTED".equals(e.status()))
                    .forEach(e -> waiting.add(new NextStep.Item("«" + e.title() + "» — " + competition.event().title(),
                            "/competitions/" + competition.id())));
        }
        steps.add(waiting.isEmpty() ? NextStep.done("Работ, ждущих технической экспертизы, нет", "/competitions", "Конкурсы")
                : NextStep.todo("Работ ждут технической экспертизы: " + waiting.size(), "/competitions", "Конкурсы",
                waiting.stream().limit(ITEMS).toList()));
    }

    /** Unread messages about the user's events: a promotion from the waiting list, a decision, a reminder. */
    private void eventMessages(List<NextStep> steps) {
        var notices = events.notices();
        if (notices.unread() > 0) {
            steps.add(NextStep.todo("Новых сообщений о мероприятиях: " + notices.unread(), "/events/mine", "Мои заявки",
                    (notices.items() == null ? List.<Events.Notice>of() : notices.items())
                            .stream().filter(n -> !n.read()).limit(ITEMS)
                            .map(n -> new NextStep.Item(n.text() == null || n.text().isBlank() ? n.kindTitle() : n.text(),
                                    n.eventId() == null ? "/events/mine" : "/events/" + n.eventId()))
                            .toList()));
        }
    }

    private void programme(List<NextStep> steps) {
        Programmes.Programme p;
        try {
            p = school.currentProgramme();
        } catch (BackendException.Rejected rejected) {
            if (rejected.status() != 404) {
                throw rejected;
            }
            steps.add(NextStep.todo("Программа наставничества на " + today.schoolYear()
                    + " учебный год ещё не создана", "/programme", "Создать программу"));
            return;
        }
        if (p.overdue() > 0) {
            steps.add(NextStep.todo("Просрочено мероприятий дорожной карты: " + p.overdue() + " (выполнено "
                    + p.done() + " из " + p.items() + ")", "/programme/" + p.id(), "Открыть дорожную карту"));
        } else {
            steps.add(NextStep.done("Дорожная карта: выполнено " + p.done() + " из " + p.items()
                    + ", просроченных нет", "/programme/" + p.id(), "Открыть дорожную карту"));
        }
    }

    private void mentees(List<NextStep> steps) {
        List<Mentees.Mentee> candidates = school.mentees("CANDIDATE", null, null, null).list();
        List<Pairs.Pair> pairs = school.pairs(null).list();
        List<NextStep.Item> unconsented = new ArrayList<>();
        int checked = 0;
        for (Mentees.Mentee m : candidates) {
            if (checked++ == CONSENT_CHECKS) {
                break;
            }
            boolean consented = school.consents(m.id()).list().stream()
                    .anyMatch(c -> c.inForce() && "PROCESSING".equals(c.kind()));
            if (!consented) {
                unconsented.add(new NextStep.Item(m.fullName(), "/mentees/" + m.id() + "#consents"));
            }
        }
        String looked = candidates.size() > CONSENT_CHECKS ? " (проверены первые " + CONSENT_CHECKS + " кандидатов)" : "";
        if (unconsented.isEmpty()) {
            steps.add(NextStep.done("У всех кандидатов есть согласие на обработку персональных данных" + looked,
                    "/mentees", "База наставляемых"));
        } else {
            steps.add(NextStep.todo("Наставляемых без согласия на обработку персональных данных: " + unconsented.size()
                    + looked, "/mentees?status=CANDIDATE", "База наставляемых",
                    unconsented.subList(0, Math.min(ITEMS, unconsented.size()))));
        }
        Set<UUID> waitingMembers = new HashSet<>();
        long waiting = 0;
        for (Pairs.Pair p : pairs) {
            if ("AWAITING_MENTOR".equals(p.status()) || "AWAITING_CONFIRMATION".equals(p.status())) {
                waiting++;
                p.memberList().forEach(member -> waitingMembers.add(member.id()));
            }
        }
        long withoutPair = candidates.stream().filter(m -> !waitingMembers.contains(m.id())).count();
        steps.add(withoutPair > 0
                ? NextStep.todo("Кандидатов без пары: " + withoutPair, "/matching?cohort=all", "Подобрать наставников")
                : NextStep.done("Кандидатов без пары нет", "/pairs", "Пары и группы"));
        if (waiting > 0) {
            steps.add(NextStep.todo("Пар ждут ответа наставника или подтверждения банка наставников: " + waiting,
                    "/pairs", "Пары и группы"));
        }
    }

    private void notices(List<NextStep> steps) {
        SchoolNotices.NoticeList notices = school.notices();
        if (notices.unread() == 0) {
            steps.add(NextStep.done("Непрочитанных уведомлений нет", "/notices", "Уведомления"));
            return;
        }
        List<NextStep.Item> items = notices.itemList().stream().filter(n -> !n.read()).limit(ITEMS)
                .map(n -> new NextStep.Item(n.text(), n.pairId() != null ? "/pairs/" + n.pairId()
                        : n.menteeId() != null ? "/mentees/" + n.menteeId() : "/notices"))
                .toList();
        steps.add(NextStep.todo("Непрочитанных уведомлений: " + notices.unread(), "/notices", "Все уведомления", items));
    }

    private void offers(List<NextStep> steps) {
        int offers = school.pairOffers().list().size();
        steps.add(offers > 0
                ? NextStep.todo("Наставляемые выбрали вас наставником — ждут ответа: " + offers, "/offers", "Предложения")
                : NextStep.done("Новых предложений стать наставником нет", "/offers", "Предложения"));
    }

    /** A mentee waiting for a mentor: their shortlist is open (no pair running or waiting, the consent given). */
    private void choice(List<NextStep> steps) {
        MyChoice.Shortlist shortlist;
        try {
            shortlist = school.myShortlist();
        } catch (BackendException.Rejected notInTheBase) {
            return; // a login the school's base does not know (yet): nothing to choose from
        }
        if (shortlist.closed() == null && !shortlist.offerList().isEmpty()) {
            steps.add(NextStep.todo("Выберите наставника: подходящих вам наставников — " + shortlist.offerList().size(),
                    "/my-choice", "Выбор наставника"));
        }
    }

    private void pendingRequests(List<NextStep> steps, String text) {
        long pending = bank.requests().list().stream().filter(r -> "PENDING".equals(r.status())).count();
        steps.add(pending > 0 ? NextStep.todo(text + pending, "/requests", "Запросы наставников")
                : NextStep.done("Запросов, ждущих решения, нет", "/requests", "Запросы наставников"));
    }

    private void nominations(List<NextStep> steps) {
        int pending = bank.nominations("PENDING").list().size();
        steps.add(pending > 0 ? NextStep.todo("Выдвижений ждут решения: " + pending, "/nominations", "Выдвижения")
                : NextStep.done("Выдвижений, ждущих решения, нет", "/nominations", "Выдвижения"));
    }

    /** One part of the list; should its service fail, the part says so and the rest still shows. */
    private static void guarded(List<NextStep> steps, String what, Consumer<List<NextStep>> part) {
        List<NextStep> found = new ArrayList<>();
        try {
            part.accept(found);
            steps.addAll(found);
        } catch (BackendException.Unauthorized expired) {
            throw expired;
        } catch (BackendException.Unavailable down) {
            steps.add(NextStep.unknown(what, "сервис «" + down.service() + "» сейчас не отвечает, сведения появятся позже."));
        } catch (BackendException failure) {
            steps.add(NextStep.unknown(what, "сведения сейчас недоступны."));
        }
    }
}
