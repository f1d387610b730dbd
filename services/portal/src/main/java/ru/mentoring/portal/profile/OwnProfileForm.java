package ru.mentoring.portal.profile;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Size;
import ru.mentoring.portal.backend.mentorbank.OwnProfile;
import ru.mentoring.portal.web.form.Typed;

import java.util.List;

/** «Мой профиль» as the mentor typed it, so a refused form comes back filled; the limits are the bank's. */
@Introspected
@Serdeable
record OwnProfileForm(
        @Nullable List<String> strengths,
        @Nullable List<String> ownStrengths,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String newOwnStrengths,
        @Nullable @Size(max = 500, message = "Не длиннее 500 символов") String timeAvailable,
        @Nullable @Size(max = 2000, message = "Не длиннее 2000 символов") String interests,
        @Nullable @Size(max = 200, message = "Не длиннее 200 символов") String preferredMenteeAge,
        @Nullable @Size(max = 4000, message = "Не длиннее 4000 символов") String achievements) {

    static OwnProfileForm of(OwnProfile p) {
        return new OwnProfileForm(p.strengthList(), p.ownStrengthList(), "", p.timeAvailable(), p.interests(),
                p.preferredMenteeAge(), p.achievements());
    }

    boolean hasOwnStrength(String phrase) {
        return Typed.ticked(ownStrengths).contains(phrase);
    }

    boolean hasStrength(String title) {
        return Typed.ticked(strengths).stream().anyMatch(s -> s.equalsIgnoreCase(title));
    }

    /** Unticking every strength sends an empty list, which clears them: the mentor meant it. */
    OwnProfile.Part toCommand() {
        List<String> own = new java.util.ArrayList<>(Typed.ticked(ownStrengths));
        if (newOwnStrengths != null) {
            own.addAll(Typed.ticked(java.util.Arrays.asList(newOwnStrengths.split("[;\\n]"))));
        }
        return new OwnProfile.Part(Typed.ticked(strengths), Typed.text(timeAvailable), Typed.text(interests),
                Typed.text(preferredMenteeAge), Typed.text(achievements), own.stream().distinct().toList());
    }
}
