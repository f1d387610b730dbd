package ru.mentoring.portal.catalogue;

import ru.mentoring.portal.backend.mentorbank.OwnStrengths;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/**
 * «Формулировки школ»: phrases of schools' sheets no competency matched, with the mentors who carry them
 * and the closest competencies; each is settled once for every mentor.
 */
record OwnStrengthsPage(List<OwnStrengths.Phrase> phrases, List<Option> competencies) implements PageModel {

    /** The competencies to choose from, the bank's suggestions for this phrase first. */
    public List<Option> choicesFor(OwnStrengths.Phrase phrase) {
        List<String> suggested = phrase.suggestionList().stream().map(e -> e.code()).toList();
        return java.util.stream.Stream.concat(
                competencies.stream().filter(o -> suggested.contains(o.value()))
                        .map(o -> new Option(o.value(), o.label() + " (похоже)", false)),
                competencies.stream().filter(o -> !suggested.contains(o.value()))).toList();
    }

    public String mentorsOf(OwnStrengths.Phrase phrase) {
        List<String> names = phrase.mentorList().stream().map(OwnStrengths.Holder::fullName).toList();
        return names.size() <= 5 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 5)) + " и ещё " + (names.size() - 5);
    }

    @Override
    public String view() {
        return "own-strengths";
    }

    @Override
    public String title() {
        return "Формулировки школ";
    }
}
