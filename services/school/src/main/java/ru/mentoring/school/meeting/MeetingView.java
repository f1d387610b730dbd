package ru.mentoring.school.meeting;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import ru.mentoring.school.pair.PairSide;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A meeting as the caller may see it. The curator of a teacher pair sees its date, kind, format and
 * duration — what the programme requires — but not the topic, result or files the teachers wrote down.
 * {@code canConfirm}: the caller is the other side and the meeting waits for them.
 */
@Serdeable
public record MeetingView(UUID id, LocalDate date, MeetingKind kind, String kindTitle, MeetingFormat format,
                          String formatTitle, @Nullable String topic, @Nullable String result,
                          @Nullable Integer durationMinutes, PairSide loggedBy, String loggedByTitle, boolean confirmed,
                          @Nullable LocalDate confirmedOn, @Nullable PairSide confirmedBy, List<StoredFile> files,
                          boolean canConfirm) {

    @Serdeable
    public record StoredFile(UUID id, String name, int size, String contentType) {
    }

    @Serdeable
    public record Log(List<MeetingView> items, int held, @Nullable LocalDate lastMeetingOn, int toConfirm,
                      boolean limitedView, boolean canLog) {
    }
}
