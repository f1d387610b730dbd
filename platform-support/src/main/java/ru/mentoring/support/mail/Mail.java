package ru.mentoring.support.mail;

import io.micronaut.core.annotation.Nullable;

import ru.mentoring.support.text.NestedQuotes;

import java.util.Objects;

/**
 * One message to one recipient: a Russian subject and plain-text body, with at most one attachment
 * (e.g. the QR code of a confirmation). Quotes inside quotes are set as „“ ({@link NestedQuotes}).
 */
public record Mail(String to, String subject, String text, @Nullable Attachment attachment) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        subject = NestedQuotes.of(subject);
        text = NestedQuotes.of(text);
    }

    public static Mail of(String to, String subject, String text) {
        return new Mail(to, subject, text, null);
    }

    public Mail with(Attachment file) {
        return new Mail(to, subject, text, file);
    }

    public record Attachment(String name, String contentType, byte[] data) {
    }
}
