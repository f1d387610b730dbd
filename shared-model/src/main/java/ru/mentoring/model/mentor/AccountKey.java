package ru.mentoring.model.mentor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The pseudonymous key of a mentor's login in the contracts (MentorProfileV1.accountKey): the SHA-256,
 * in hex, of the e-mail the mentor signs in with, trimmed and in lower case. Producer and consumers
 * compute it the same way, and the e-mail itself never travels.
 */
public final class AccountKey {

    private AccountKey() {
    }

    public static String of(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
