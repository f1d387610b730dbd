package ru.mentoring.practices.page;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.practices.file.FileService;
import ru.mentoring.practices.practice.PracticeView;
import ru.mentoring.practices.rating.RatingSummary;

import java.util.List;

/**
 * Everything the practice page shows (the practice's own fields at the top level, as the API always had): the version the caller reads (with its number), its files, and,
 * for a published practice, the community around it: rating, the caller's own stars and bookmark, the
 * schools that use it, the number of comments.
 */
@Serdeable
record PracticePage(
        @JsonUnwrapped PracticeView practice,
        List<FileService.FileInfo> files,
        RatingSummary rating,
        @Nullable Integer myStars,
        boolean bookmarked,
        List<String> usedBySchools,
        int comments) {
}
