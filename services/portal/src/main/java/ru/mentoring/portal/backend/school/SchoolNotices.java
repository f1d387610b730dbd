package ru.mentoring.portal.backend.school;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What the school service tells the curator: a withdrawn consent, seats refused, a mentor who declined. */
public final class SchoolNotices {

    private SchoolNotices() {
    }

    @Serdeable
    public record NoticeList(@Nullable List<Notice> items, long unread) {

        public List<Notice> itemList() {
            return items == null ? List.of() : items;
        }
    }

    @Serdeable
    public record Notice(UUID id, @Nullable String kind, String text, @Nullable UUID pairId, @Nullable UUID menteeId,
                         @Nullable Instant createdAt, boolean read) {
    }
}
