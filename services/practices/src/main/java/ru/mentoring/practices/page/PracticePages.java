package ru.mentoring.practices.page;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.practices.access.Actor;
import ru.mentoring.practices.bookmark.BookmarkService;
import ru.mentoring.practices.comment.CommentService;
import ru.mentoring.practices.file.FileService;
import ru.mentoring.practices.practice.PracticeService;
import ru.mentoring.practices.practice.PracticeView;
import ru.mentoring.practices.practice.VersionRef;
import ru.mentoring.practices.rating.RatingService;
import ru.mentoring.practices.rating.RatingSummary;
import ru.mentoring.practices.usage.UsageService;

import java.util.List;
import java.util.UUID;

/** Puts the page together from the features that own each part; the practice feature decides visibility. */
@Singleton
class PracticePages {

    private final PracticeService practices;
    private final FileService files;
    private final RatingService ratings;
    private final BookmarkService bookmarks;
    private final UsageService usage;
    private final CommentService comments;

    PracticePages(PracticeService practices, FileService files, RatingService ratings, BookmarkService bookmarks,
                  UsageService usage, CommentService comments) {
        this.practices = practices;
        this.files = files;
        this.ratings = ratings;
        this.bookmarks = bookmarks;
        this.usage = usage;
        this.comments = comments;
    }

    PracticePage of(UUID id, @Nullable Integer version, Actor actor) {
        PracticeView view = practices.view(id, version, actor);
        VersionRef ref = practices.readable(id, view.version(), actor);
        boolean published = view.publishedVersion() != null;
        return new PracticePage(view, files.of(ref.versionId()),
                published ? ratings.summary(id) : RatingSummary.NONE,
                published ? ratings.starsOf(id, actor).orElse(null) : null,
                published && bookmarks.has(id, actor),
                published ? usage.schoolsUsing(id) : List.of(),
                published ? comments.of(id, actor).size() : 0);
    }
}
