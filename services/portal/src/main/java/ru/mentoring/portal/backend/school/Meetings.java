package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A pair's meeting log (журнал встреч): each meeting, who logged it, whether the other side confirmed it. */
public final class Meetings {

    private Meetings() {
    }

    /**
     * {@code toConfirm}: meetings waiting for the caller; {@code limitedView}: the curator of a teacher pair
     * (dates, kinds, formats and durations only); {@code canLog}: the caller may log a meeting now.
     */
    @Serdeable
    public record Log(@Nullable List<Meeting> items, int held, @Nullable LocalDate lastMeetingOn,
                      @Nullable Integer toConfirm, @Nullable Boolean limitedView, @Nullable Boolean canLog) {

        public List<Meeting> list() {
            return items == null ? List.of() : items;
        }
    }

    /**
     * {@code kind}: ACQUAINTANCE, TRIAL, PLANNING, REGULAR or FINAL; {@code format}: IN_PERSON or ONLINE;
     * {@code loggedBy}: MENTOR, MENTEE or CURATOR. Teachers' pairs show a curator no topic, result or files.
     * {@code canConfirm}: the caller is the other side and the meeting waits for them.
     */
    @Serdeable
    public record Meeting(UUID id, LocalDate date, String kind, @Nullable String kindTitle, @Nullable String format,
                          @Nullable String formatTitle, @Nullable String topic, @Nullable String result,
                          @Nullable Integer durationMinutes, @Nullable String loggedBy, @Nullable String loggedByTitle,
                          boolean confirmed, @Nullable LocalDate confirmedOn, @Nullable List<StoredFile> files,
                          @Nullable Boolean canConfirm) {

        public List<StoredFile> fileList() {
            return files == null ? List.of() : files;
        }
    }

    /** An intermediate result attached to a meeting. */
    @Serdeable
    public record StoredFile(UUID id, String name, long size, @Nullable String contentType) {
    }

    /** The body of {@code POST /api/pairs/{id}/meetings}. */
    @Serdeable
    public record NewMeeting(@Nullable LocalDate date, @Nullable String kind, @Nullable String format,
                             @Nullable String topic, @Nullable String result, @Nullable Integer durationMinutes) {
    }
}
