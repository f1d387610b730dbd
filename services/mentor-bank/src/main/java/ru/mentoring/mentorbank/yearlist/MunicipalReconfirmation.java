package ru.mentoring.mentorbank.yearlist;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.mentorbank.mentor.Mentor;
import ru.mentoring.mentorbank.mentor.MentorService;
import ru.mentoring.mentorbank.mentor.MentorStatus;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Municipal mentors are confirmed anew every school year. Each mentor on this year's list says whether
 * they carry on next year; the methodist sees the answers and puts the confirmed mentors on next
 * year's list (one by one, or everyone who said yes). Nobody stays on by silence.
 */
@Singleton
public class MunicipalReconfirmation {

    private final MunicipalListRepository list;
    private final ConfirmationRepository confirmations;
    private final MunicipalList municipalList;
    private final MentorService mentors;
    private final Clock clock;
    private final ZoneId zone;

    MunicipalReconfirmation(MunicipalListRepository list, ConfirmationRepository confirmations,
                            MunicipalList municipalList, MentorService mentors, Clock clock,
                            @Value("${mentoring.time-zone:Europe/Moscow}") String zone) {
        this.list = list;
        this.confirmations = confirmations;
        this.municipalList = municipalList;
        this.mentors = mentors;
        this.clock = clock;
        this.zone = ZoneId.of(zone);
    }

    /** The school year whose list is being gathered now: the next one. */
    public String comingYear() {
        return SchoolYears.next(SchoolYears.of(LocalDate.now(clock.withZone(zone))));
    }

    /** The mentors of the year before {@code year} with their answers and whether they are on it already. */
    @Transactional(readOnly = true)
    Round round(String year) {
        String previous = SchoolYears.previous(year);
        Map<UUID, ConfirmationRepository.Answer> answers = confirmations.answersFor(year);
        Set<UUID> onList = new HashSet<>(list.mentorsOf(year));
        List<Item> items = mentors.findAll(list.mentorsOf(previous)).stream()
                .sorted(Comparator.comparing(Mentor::fullName))
                .map(m -> {
                    var answer = answers.get(m.id());
                    return new Item(m.id(), m.fullName(), m.homeSchoolId(), m.status().name(),
                            answer == null ? null : answer.carriesOn(), answer == null ? null : answer.answeredAt(),
                            onList.contains(m.id()));
                }).toList();
        return new Round(year, previous, items);
    }

    /** Puts the given mentors (or, with none given, everyone who said they carry on) on the year's list. */
    @Transactional
    Round confirm(String year, @Nullable List<UUID> mentorIds) {
        Round round = round(year);
        // everyone who said yes, except those who have left the bank since
        List<Item> chosen = mentorIds == null || mentorIds.isEmpty()
                ? round.items().stream().filter(i -> Boolean.TRUE.equals(i.carriesOn()))
                        .filter(i -> !MentorStatus.LEFT.name().equals(i.status())).toList()
                : round.items().stream().filter(i -> mentorIds.contains(i.mentorId())).toList();
        if (mentorIds != null && chosen.size() < mentorIds.size()) {
            throw new BusinessRuleException("Подтвердить на " + year + " можно только наставников из списка "
                    + round.previousYear());
        }
        for (Item item : chosen) {
            if (MentorStatus.LEFT.name().equals(item.status())) {
                throw new BusinessRuleException("«" + item.fullName() + "» не в банке наставников (статус «"
                        + MentorStatus.LEFT.russian() + "»): подтвердить нельзя");
            }
            municipalList.add(year, item.mentorId());
        }
        return round(year);
    }

    /** What a mentor is asked: whether they carry on as a municipal mentor in the coming year. */
    @Transactional(readOnly = true)
    public Question question(Mentor mentor) {
        String year = comingYear();
        boolean asked = list.mentorsOf(SchoolYears.previous(year)).contains(mentor.id());
        var answer = confirmations.answersFor(year).get(mentor.id());
        boolean confirmed = list.mentorsOf(year).contains(mentor.id());
        return new Question(year, asked, answer == null ? null : answer.carriesOn(), confirmed);
    }

    @Transactional
    public Question answer(Mentor mentor, String year, boolean carriesOn) {
        if (!year.equals(comingYear()) || !list.mentorsOf(SchoolYears.previous(year)).contains(mentor.id())) {
            throw new BusinessRuleException("Подтверждение на " + year + " не запрашивалось: его просят у муниципальных "
                    + "наставников текущего учебного года на следующий");
        }
        confirmations.answer(year, mentor.id(), carriesOn, clock.instant());
        return question(mentor);
    }

    @Serdeable
    record Round(String year, String previousYear, List<Item> items) {
    }

    /** {@code carriesOn}: the mentor's answer (null: not yet); {@code onList}: already on the year's list. */
    @Serdeable
    record Item(UUID mentorId, String fullName, @Nullable String homeSchoolId, String status,
                @Nullable Boolean carriesOn, @Nullable Instant answeredAt, boolean onList) {
    }

    /** {@code asked}: the mentor is on this year's list, so asked about the coming one. */
    @Serdeable
    public record Question(String year, boolean asked, @Nullable Boolean carriesOn, boolean confirmed) {
    }
}
