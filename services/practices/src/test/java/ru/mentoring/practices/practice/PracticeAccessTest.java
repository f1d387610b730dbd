package ru.mentoring.practices.practice;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.mentoring.practices.practice.VersionStatus.DRAFT;
import static ru.mentoring.practices.practice.VersionStatus.IN_REVIEW;
import static ru.mentoring.practices.practice.VersionStatus.PUBLISHED;
import static ru.mentoring.practices.practice.VersionStatus.RETURNED;
import static ru.mentoring.practices.practice.VersionStatus.SUBMITTED;
import static ru.mentoring.practices.practice.VersionStatus.SUPERSEDED;

/** The visibility rules, one status at a time. */
class PracticeAccessTest {

    private final ru.mentoring.practices.access.Actor author = Actors.mentor("1", "a@school1.ru");

    @Test
    void publishedVersionsAreEveryonesEvenOldOnes() {
        for (VersionStatus status : List.of(PUBLISHED, SUPERSEDED)) {
            var v = VersionMother.of(status);
            assertThat(PracticeAccess.canRead(v, Actors.curator("2"))).isTrue();
            assertThat(PracticeAccess.canRead(v, Actors.mentor("3", "x@school3.ru"))).isTrue();
            assertThat(PracticeAccess.canEditText(v, author)).as("published text is never edited").isFalse();
        }
    }

    @Test
    void aDraftIsItsAuthorsAndItsCuratorsOnly() {
        var draft = VersionMother.of(DRAFT);
        assertThat(PracticeAccess.canRead(draft, author)).isTrue();
        assertThat(PracticeAccess.canRead(draft, Actors.curator("1"))).isTrue();
        assertThat(PracticeAccess.canRead(draft, Actors.mentor("1", "other@school1.ru"))).isFalse();
        assertThat(PracticeAccess.canRead(draft, Actors.curator("2"))).isFalse();
        assertThat(PracticeAccess.canRead(draft, Actors.methodist())).isFalse();
        assertThat(PracticeAccess.canRead(draft, Actors.expert("expert1"))).isFalse();
        assertThat(PracticeAccess.canRead(draft, Actors.mentor("2", "a@school1.ru")))
                .as("the author's e-mail from another school's token").isFalse();
    }

    @Test
    void anItemUnderReviewIsTheMethodistsAndItsAssignedExpertsBesidesItsOwnSchool() {
        var inReview = VersionMother.withReviewers(IN_REVIEW, List.of("expert1", "expert2"));
        assertThat(PracticeAccess.canRead(inReview, Actors.methodist())).isTrue();
        assertThat(PracticeAccess.canRead(inReview, Actors.expert("expert2"))).isTrue();
        assertThat(PracticeAccess.canRead(inReview, Actors.expert("expert3"))).isFalse();
        assertThat(PracticeAccess.canRead(inReview, Actors.curator("2"))).isFalse();
        assertThat(PracticeAccess.canRead(inReview, author)).as("authors follow their own submission").isTrue();
        assertThat(PracticeAccess.canEditText(inReview, author)).isFalse();
        assertThat(PracticeAccess.canRead(VersionMother.of(SUBMITTED), Actors.expert("expert1"))).isFalse();
    }

    @Test
    void filesChangeUntilExpertsAreAssignedTextOnlyInDraftsAndReturnedVersions() {
        assertThat(PracticeAccess.canChangeFiles(VersionMother.of(SUBMITTED), author)).isTrue();
        assertThat(PracticeAccess.canChangeFiles(VersionMother.of(IN_REVIEW), author)).isFalse();
        assertThat(PracticeAccess.canEditText(VersionMother.of(RETURNED), Actors.curator("1"))).isTrue();
        assertThat(PracticeAccess.canEditText(VersionMother.of(SUBMITTED), Actors.curator("1"))).isFalse();
        assertThat(PracticeAccess.canEditText(VersionMother.of(DRAFT), Actors.curator("2"))).isFalse();
    }
}
