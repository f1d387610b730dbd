package ru.mentoring.school.notice;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.support.web.BusinessRuleException;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** What the school's curators must know about, shown in the portal until read. */
@Singleton
public class CuratorNotices {

    private final CuratorNoticeRepository notices;
    private final Clock clock;

    CuratorNotices(CuratorNoticeRepository notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    /** Written in the caller's transaction: the notice exists exactly when what it reports happened. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public void tell(String schoolId, NoticeKind kind, String text, @Nullable UUID pairId, @Nullable UUID menteeId) {
        notices.save(new CuratorNotice(UUID.randomUUID(), schoolId, kind, text, pairId, menteeId, null, null));
    }

    @Transactional(readOnly = true)
    List<CuratorNotice> recent(String schoolId) {
        return notices.findTop100BySchoolIdOrderByCreatedAtDesc(schoolId);
    }

    @Transactional(readOnly = true)
    public long unread(String schoolId) {
        return notices.countBySchoolIdAndReadAtIsNull(schoolId);
    }

    @Transactional
    void markRead(String schoolId, UUID id) {
        CuratorNotice notice = notices.findByIdAndSchoolId(id, schoolId)
                .orElseThrow(() -> BusinessRuleException.notFound("Уведомление не найдено"));
        if (notice.readAt() == null) {
            notices.update(new CuratorNotice(notice.id(), schoolId, notice.kind(), notice.text(), notice.pairId(),
                    notice.menteeId(), notice.createdAt(), clock.instant()));
        }
    }
}
