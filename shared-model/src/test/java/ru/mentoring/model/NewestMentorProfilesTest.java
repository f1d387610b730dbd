package ru.mentoring.model;

import org.junit.jupiter.api.Test;
import ru.mentoring.model.mentor.MentorKind;
import ru.mentoring.model.mentor.MentorProfileV1;
import ru.mentoring.model.mentor.MentorVisibility;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What a read model fed a batch of full-state mentor profiles writes: each mentor's newest, once. */
class NewestMentorProfilesTest {

    @Test
    void eachMentorsNewestRevisionWhateverTheOrder() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        var newest = profile(first, 3);
        var other = profile(second, 1);

        var kept = MentorProfileV1.newestPerMentor(List.of(newest, profile(first, 1), other, newest, profile(first, 2)));

        assertThat(kept).containsExactlyInAnyOrder(newest, other);
    }

    @Test
    void nothingFromNothing() {
        assertThat(MentorProfileV1.newestPerMentor(List.of())).isEmpty();
    }

    private static MentorProfileV1 profile(UUID id, long revision) {
        return new MentorProfileV1(id, revision, "Наставник " + revision, MentorKind.TEACHER, null, null, "учитель",
                List.of(), List.of(), 3, 0, MentorVisibility.MUNICIPAL, List.of(), true, List.of(), List.of());
    }
}
