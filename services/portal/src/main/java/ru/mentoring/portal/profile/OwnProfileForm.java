package ru.mentoring.portal.profile;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/** «Мой профиль» as the mentor typed it, so a refused form comes back filled. */
@Introspected
@Serdeable
record OwnProfileForm(@Nullable List<String> strengths, @Nullable String timeAvailable, @Nullable String interests,
                      @Nullable String preferredMenteeAge, @Nullable String achievements) {

    static OwnProfileForm of(MyProfile.Profile p) {
        return new OwnProfileForm(p.strengthList(), p.timeAvailable(), p.interests(), p.preferredMenteeAge(),
                p.achievements());
    }

    public boolean hasStrength(String title) {
        return strengths != null && strengths.stream().anyMatch(s -> s.equalsIgnoreCase(title));
    }

    /** Unticking every strength sends an empty list, which clears them: the mentor meant it. */
    MyProfile.OwnPart toCommand() {
        return new MyProfile.OwnPart(strengths == null ? List.of() : strengths.stream().filter(s -> !s.isBlank()).toList(),
                trim(timeAvailable), trim(interests), trim(preferredMenteeAge), trim(achievements));
    }

    @Nullable
    private static String trim(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
