package ru.mentoring.portal.matching;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.UUID;

/**
 * «Подбор по анкетам»: pick one mentee or the whole cohort; the optimal proposals under every mentor's free
 * seats, each score explained factor by factor, to accept, reject or replace; who was left without a mentor
 * and why; and the weights of the factors, saved for the school.
 */
record MatchingPage(String scope, List<Option> mentees, boolean ran, List<Offered> proposals, List<Left> unassigned,
                    String totalScore, @Nullable String note, @Nullable String problem, String back,
                    String startsOn, String endsOn, WeightsForm weights, FormErrors errors) implements PageModel {

    @Override
    public String view() {
        return "matching";
    }

    @Override
    public String title() {
        return "Подбор наставников по анкетам";
    }

    /** A mentee the optimum left without a mentor, and the service's reason. */
    record Left(UUID menteeId, String menteeName, String why) {
    }
}
