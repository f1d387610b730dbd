package ru.mentoring.practices.review;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.library.Times;
import ru.mentoring.practices.notification.NotificationService;
import ru.mentoring.practices.practice.PracticeDecisions;
import ru.mentoring.practices.practice.VersionRef;
import ru.mentoring.practices.practice.VersionStatus;
import ru.mentoring.support.tx.Transactions;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Expert review of a version: the methodist assigns experts (at least {@code practices.review.min-experts}),
 * each assigned expert fills a scoring sheet, and the methodist publishes once every assigned expert has
 * submitted, or returns or rejects with a reason at any time.
 */
@Singleton
class ReviewService {

    private final PracticeDecisions decisions;
    private final ReviewSheetRepository sheets;
    private final ExpertDirectory experts;
    private final NotificationService notifications;
    private final Transactions tx;
    private final Clock clock;
    private final int minExperts;

    ReviewService(PracticeDecisions decisions, ReviewSheetRepository sheets, ExpertDirectory experts,
                  NotificationService notifications, Transactions tx, Clock clock,
                  @Value("${practices.review.min-experts:2}") int minExperts) {
        this.tx = tx;
        this.decisions = decisions;
        this.sheets = sheets;
        this.experts = experts;
        this.notifications = notifications;
        this.clock = clock;
        this.minExperts = minExperts;
    }

    @Transactional(readOnly = true)
    ReviewState state(UUID practiceId, Actor actor) {
        return state(decisions.inReview(practiceId, actor), actor);
    }

    /** Experts are checked against the directory before the transaction: Keycloak is not called holding locks. */
    ReviewState assign(UUID practiceId, List<String> usernames, Actor actor) {
        requireMethodist(actor);
        var chosen = new LinkedHashSet<String>();
        for (String u : usernames == null ? List.<String>of() : usernames) {
            if (u != null && !u.isBlank()) {
                chosen.add(u.strip());
            }
        }
        List<String> problems = new ArrayList<>();
        if (chosen.size() < minExperts) {
            problems.add("Назначьте не меньше " + minExperts + " экспертов");
        }
        if (chosen.size() > 5) {
            problems.add("Назначьте не больше 5 экспертов");
        }
        List<ExpertDirectory.Expert> found = new ArrayList<>();
        for (String u : chosen) {
            experts.find(u).ifPresentOrElse(found::add, () -> problems.add("Эксперт «" + u + "» не найден"));
        }
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        return tx.write(() -> {
            VersionRef ref = decisions.assign(practiceId, found.stream().map(ExpertDirectory.Expert::username).toList(), actor);
            notifications.tell(found.stream().map(ExpertDirectory.Expert::email).toList(), null, practiceId,
                    "Вам назначена экспертиза практики «" + ref.title() + "» (версия " + ref.number() + ")");
            return state(ref, actor);
        });
    }

    @Transactional
    ReviewState saveSheet(UUID practiceId, SheetForm form, Actor actor) {
        VersionRef ref = decisions.inReview(practiceId, actor);
        if (!ref.reviewers().contains(actor.username()) || !actor.isExpert()) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Лист оценки заполняют эксперты, назначенные на эту практику");
        }
        if (ref.status() != VersionStatus.IN_REVIEW) {
            throw BusinessRuleException.conflict("Практика сейчас не на экспертизе");
        }
        Map<String, Integer> scores = form.scores() == null ? Map.of() : new LinkedHashMap<>(form.scores());
        boolean submit = Boolean.TRUE.equals(form.submit());
        List<String> problems = SheetCheck.problems(scores, form.comment(), submit);
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(String.join("; ", problems));
        }
        var now = Times.now(clock);
        String comment = form.comment() == null || form.comment().isBlank() ? null : form.comment().strip();
        Optional<ReviewSheet> existing = sheets.findByVersionIdAndExpert(ref.versionId(), actor.username());
        var sheet = new ReviewSheet(existing.map(ReviewSheet::id).orElseGet(UUID::randomUUID), ref.versionId(), practiceId,
                actor.username(), actor.displayName(), scores, comment,
                submit ? now : existing.map(ReviewSheet::submittedAt).orElse(null), now);
        if (existing.isPresent()) {
            sheets.update(sheet);
        } else {
            sheets.save(sheet);
        }
        return state(ref, actor);
    }

    @Transactional
    ReviewState publish(UUID practiceId, Actor actor) {
        requireMethodist(actor);
        VersionRef ref = decisions.inReview(practiceId, actor);
        List<String> waiting = waitingFor(ref);
        if (ref.reviewers().size() < minExperts) {
            throw BusinessRuleException.conflict("Назначьте не меньше " + minExperts + " экспертов");
        }
        if (!waiting.isEmpty()) {
            throw BusinessRuleException.conflict("Ещё не все эксперты заполнили листы оценки: " + String.join(", ", waiting));
        }
        return decided(decisions.publish(practiceId, actor), actor);
    }

    @Transactional
    ReviewState returnForRevision(UUID practiceId, String reason, Actor actor) {
        return decided(decisions.returnForRevision(practiceId, reason, actor), actor);
    }

    @Transactional
    ReviewState reject(UUID practiceId, String reason, Actor actor) {
        return decided(decisions.reject(practiceId, reason, actor), actor);
    }

    List<ExpertDirectory.Expert> directory(Actor actor) {
        requireMethodist(actor);
        return experts.all();
    }

    private List<String> waitingFor(VersionRef ref) {
        var submitted = sheets.findByVersionIdOrderByExpert(ref.versionId()).stream()
                .filter(s -> s.submittedAt() != null).map(ReviewSheet::expert).toList();
        return ref.reviewers().stream().filter(r -> !submitted.contains(r)).toList();
    }

    private ReviewState decided(VersionRef ref, Actor actor) {
        return state(ref, actor);
    }

    private ReviewState state(VersionRef ref, Actor actor) {
        List<ReviewSheet> all = sheets.findByVersionIdOrderByExpert(ref.versionId()).stream()
                .filter(s -> ref.reviewers().contains(s.expert())).toList();
        Optional<ReviewSheet> mine = all.stream().filter(s -> s.expert().equals(actor.username())).findFirst();
        boolean seesAll = actor.isMethodist() || mine.map(s -> s.submittedAt() != null).orElse(false);
        List<ReviewState.Sheet> visible = seesAll
                ? all.stream().filter(s -> s.submittedAt() != null || actor.isMethodist()).map(ReviewState.Sheet::of).toList()
                : List.of();
        var lines = ref.reviewers().stream().map(r -> {
            var sheet = all.stream().filter(s -> s.expert().equals(r)).findFirst();
            boolean submitted = sheet.map(s -> s.submittedAt() != null).orElse(false);
            String name = sheet.map(ReviewSheet::expertName).orElseGet(() -> nameOf(r));
            return new ReviewState.ExpertLine(r, name, submitted, submitted && seesAll ? sheet.get().total() : null);
        }).toList();
        var submittedTotals = all.stream().filter(s -> s.submittedAt() != null).mapToInt(ReviewSheet::total);
        Double average = seesAll ? boxed(submittedTotals.average()) : null;
        boolean ready = ref.status() == VersionStatus.IN_REVIEW && ref.reviewers().size() >= minExperts
                && waitingFor(ref).isEmpty();
        return new ReviewState(ref.practiceId(), ref.number(), ref.title(), ref.status(), ref.status().title(),
                Criterion.catalogue(), minExperts, lines, mine.map(ReviewState.Sheet::of).orElse(null), visible, average,
                ready);
    }

    private String nameOf(String username) {
        try {
            return experts.find(username).map(ExpertDirectory.Expert::fullName).orElse(username);
        } catch (RuntimeException e) {
            return username;
        }
    }

    private static Double boxed(java.util.OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
    }

    private static void requireMethodist(Actor actor) {
        if (!actor.isMethodist()) {
            throw new HttpStatusException(HttpStatus.FORBIDDEN, "Экспертизу организует методист ИМЦ");
        }
    }
}
