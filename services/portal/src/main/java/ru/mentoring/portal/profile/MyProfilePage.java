package ru.mentoring.portal.profile;

import ru.mentoring.portal.backend.mentorbank.OwnProfile;
import ru.mentoring.portal.catalogue.Schools;
import ru.mentoring.portal.mentor.MentorLabels;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;

/** «Мой профиль»: what the bank holds about the mentor, where they are engaged, and the part they edit. */
record MyProfilePage(String fullName, String kind, String school, String visibility, String seats,
                     List<String> usedBy, OwnProfileForm form, FormErrors errors, List<Option> strengths,
                     List<Option> ownStrengths, String status, String statusText,
                     @io.micronaut.core.annotation.Nullable OwnProfile.Confirmation confirmation)
        implements PageModel {

    MyProfilePage(String fullName, String kind, String school, String visibility, String seats, List<String> usedBy,
                  OwnProfileForm form, FormErrors errors, List<Option> strengths) {
        this(fullName, kind, school, visibility, seats, usedBy, form, errors, strengths, List.of(), "ACTIVE",
                MentorLabels.status("ACTIVE"), null);
    }

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean hasLeft() {
        return "LEFT".equals(status);
    }

    /** Asked, not yet answered: the question is shown with its two buttons. */
    public boolean isAsked() {
        return confirmation != null && confirmation.asked() && !confirmation.confirmed();
    }

    public String confirmationText() {
        if (confirmation == null) {
            return "";
        }
        if (confirmation.confirmed()) {
            return "Вы в списке муниципальных наставников на " + confirmation.year() + " учебный год.";
        }
        if (confirmation.carriesOn() == null) {
            return "Продолжите ли вы быть муниципальным наставником в " + confirmation.year() + " учебном году?";
        }
        return confirmation.carriesOn()
                ? "Вы подтвердили участие на " + confirmation.year() + " учебный год; решение за методистом ИМЦ."
                : "Вы отказались от участия в " + confirmation.year() + " учебном году.";
    }

    static MyProfilePage of(OwnProfile profile, OwnProfileForm form, FormErrors errors, Schools schools,
                            List<Option> competencies) {
        return of(profile, form, errors, schools, competencies, null);
    }

    static MyProfilePage of(OwnProfile profile, OwnProfileForm form, FormErrors errors, Schools schools,
                            List<Option> competencies,
                            @io.micronaut.core.annotation.Nullable OwnProfile.Confirmation confirmation) {
        int free = profile.freeCapacity() == null ? 0 : Math.max(0, profile.freeCapacity());
        int capacity = profile.capacity() == null ? 0 : profile.capacity();
        return new MyProfilePage(profile.fullName(), MentorLabels.kind(profile.kind()),
                profile.homeSchoolId() == null ? "—" : schools.label(profile.homeSchoolId()),
                MentorLabels.visibility(profile.visibility()), "свободно " + free + " из " + capacity,
                profile.schools().stream().map(schools::label).toList(), form, errors, competencies,
                Option.of(form.ownStrengths() == null ? List.of() : form.ownStrengths(), p -> p, p -> p,
                        form::hasOwnStrength),
                profile.statusCode(), MentorLabels.status(profile.statusCode())
                        + (profile.statusReason() == null || profile.statusReason().isBlank() ? ""
                        : " (" + profile.statusReason().strip() + ")"), confirmation);
    }

    @Override
    public String view() {
        return "my-profile";
    }

    @Override
    public String title() {
        return "Мой профиль";
    }
}
