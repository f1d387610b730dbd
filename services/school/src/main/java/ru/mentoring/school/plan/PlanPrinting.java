package ru.mentoring.school.plan;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.school.form.FormTitles;
import ru.mentoring.school.pair.Pair;
import ru.mentoring.school.pair.PairParticipant;
import ru.mentoring.school.pair.PairPeople;
import ru.mentoring.school.profile.SchoolProfiles;
import ru.mentoring.school.programme.Programme;
import ru.mentoring.school.programme.ProgrammeService;
import ru.mentoring.school.web.Downloads;

import java.util.List;

/** Gathers what the printed plan needs and hands it out as PDF or DOCX. */
@Singleton
class PlanPrinting {

    private final PlanService plans;
    private final PairPeople people;
    private final SchoolProfiles profiles;
    private final ProgrammeService programmes;
    private final FormTitles forms;

    PlanPrinting(PlanService plans, PairPeople people, SchoolProfiles profiles, ProgrammeService programmes, FormTitles forms) {
        this.plans = plans;
        this.people = people;
        this.profiles = profiles;
        this.programmes = programmes;
        this.forms = forms;
    }

    @Transactional(readOnly = true)
    HttpResponse<byte[]> document(PairParticipant who, @Nullable String format) {
        Pair pair = who.pair();
        List<PairPeople.Card> cards = people.mentees(who);
        List<String> mentees = cards.stream().map(c -> c.name() + (c.grade() != null ? ", " + c.grade() + " класс"
                : c.position() != null ? ", " + c.position() : "")).toList();
        List<String> curators = programmes.current(pair.schoolId()).map(Programme::curators).orElse(List.of());
        var header = new PlanDocument.People(profiles.of(pair.schoolId()).fullName(), pair.mentorName(), mentees,
                forms.title(pair.form()), pair.startsOn(), pair.endsOn(), pair.teacherPair(),
                cards.stream().anyMatch(PairPeople.Card::minor), curators, cards.stream().map(PairPeople.Card::name).toList());
        String base = pair.teacherPair() ? "Персонализированная программа наставничества" : "Индивидуальный план развития";
        return Downloads.document(PlanDocument.of(header, plans.view(who)), format, base);
    }
}
