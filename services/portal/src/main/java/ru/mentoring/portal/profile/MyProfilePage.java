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
                     List<String> usedBy, OwnProfileForm form, FormErrors errors, List<Option> strengths)
        implements PageModel {

    static MyProfilePage of(OwnProfile profile, OwnProfileForm form, FormErrors errors, Schools schools,
                            List<Option> competencies) {
        int free = profile.freeCapacity() == null ? 0 : Math.max(0, profile.freeCapacity());
        int capacity = profile.capacity() == null ? 0 : profile.capacity();
        return new MyProfilePage(profile.fullName(), MentorLabels.kind(profile.kind()),
                profile.homeSchoolId() == null ? "—" : schools.label(profile.homeSchoolId()),
                MentorLabels.visibility(profile.visibility()), "свободно " + free + " из " + capacity,
                profile.schools().stream().map(schools::label).toList(), form, errors, competencies);
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
