package ru.mentoring.events.support;

import io.micronaut.security.authentication.Authentication;
import ru.mentoring.support.tenancy.Caller;
import ru.mentoring.support.tenancy.Roles;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in person as the events service needs them: the verified token's subject, roles and
 * school ({@link Caller}), plus the name to print on lists and certificates and the e-mail for
 * confirmations. Nothing here comes from a request body.
 */
public record Person(Caller caller, String displayName, String email) {

    public static Person of(Authentication authentication) {
        Caller caller = Caller.of(authentication);
        Object name = authentication.getAttributes().get("name");
        String display = name == null || String.valueOf(name).isBlank() ? caller.username() : String.valueOf(name).strip();
        return new Person(caller, display, caller.email().map(e -> e.strip().toLowerCase(Locale.ROOT)).orElse(""));
    }

    public String subject() {
        return caller.subject();
    }

    public Optional<String> school() {
        return caller.schoolId();
    }

    public boolean has(String role) {
        return caller.has(role);
    }

    /** Municipal staff organise and see every event. */
    public boolean municipal() {
        return has(Roles.METHODIST) || has(Roles.ADMIN);
    }

    /**
     * The key the mentor bank's shared profiles carry for a mentor's login: SHA-256 of the lower-cased
     * e-mail. It links a signed-in mentor to their profile without any contact leaving the mentor bank.
     */
    public Optional<String> accountKey() {
        return email.isEmpty() ? Optional.empty() : Optional.of(accountKeyOf(email));
    }

    public static String accountKeyOf(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
