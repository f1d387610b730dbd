package ru.mentoring.school.account;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.profile.SchoolProfiles;
import ru.mentoring.support.mail.Mail;

/** The letter that tells a mentee how to sign in; the temporary password travels only here. */
@Singleton
class LoginMail {

    static final String SUBJECT = "Вход в платформу «Сеть наставничества»";

    private final SchoolProfiles profiles;
    private final String portalUrl;

    LoginMail(SchoolProfiles profiles, @Value("${mentoring.portal-url:`http://localhost:8080`}") String portalUrl) {
        this.profiles = profiles;
        this.portalUrl = portalUrl;
    }

    /** @param temporaryPassword null when an existing login was linked and keeps its password */
    Mail of(Mentee mentee, String email, String username, @Nullable String temporaryPassword) {
        String school = profiles.of(mentee.schoolId()).shortName();
        StringBuilder text = new StringBuilder()
                .append("Здравствуйте!\n\n")
                .append("Куратор программы наставничества (").append(school).append(") выдал вход в платформу ")
                .append("«Сеть наставничества» для наставляемого: ").append(mentee.firstName()).append(".\n")
                .append("Там ваш план, встречи с наставником и анкеты.\n\n")
                .append("Адрес: ").append(portalUrl).append('\n')
                .append("Логин: ").append(username).append('\n');
        if (temporaryPassword != null) {
            text.append("Временный пароль: ").append(temporaryPassword).append("\n\n")
                    .append("При первом входе платформа попросит придумать свой пароль. ")
                    .append("Никому не сообщайте его, даже куратору.\n");
        } else {
            text.append("\nВходите со своим прежним паролем.\n");
        }
        text.append("\nЕсли вы не ждали этого письма, сообщите куратору программы наставничества в школе.\n");
        return Mail.of(email, SUBJECT, text.toString());
    }
}
