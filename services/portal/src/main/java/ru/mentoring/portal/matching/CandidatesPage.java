package ru.mentoring.portal.matching;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.web.PageModel;

import java.util.List;
import java.util.UUID;

/**
 * The best mentors for one mentee, each explained: the curator's «другой наставник» for a proposal
 * ({@code how} MATCHING) and the shortlist of mutual choice ({@code how} CHOICE), where the pair then
 * waits for the mentor's yes.
 */
public record CandidatesPage(String heading, String lead, UUID menteeId, String menteeName, String how,
                             String back, String button, List<Offered> candidates, String startsOn, String endsOn,
                             @Nullable String note) implements PageModel {

    @Override
    public String view() {
        return "candidates";
    }

    @Override
    public String title() {
        return heading;
    }
}
