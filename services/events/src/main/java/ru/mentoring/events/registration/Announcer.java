package ru.mentoring.events.registration;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.events.document.QrCodes;
import ru.mentoring.events.event.Event;
import ru.mentoring.events.event.EventFormat;
import ru.mentoring.events.notice.NoticeKind;
import ru.mentoring.events.notice.Notices;
import ru.mentoring.events.support.EventsZone;
import ru.mentoring.model.event.EventEnvelope;
import ru.mentoring.model.registration.RegistrationChangedV1;
import ru.mentoring.model.registration.RegistrationEvents;
import ru.mentoring.support.mail.Mail;
import ru.mentoring.support.outbox.Outbox;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Tells everyone about a change of places, in the transaction that made it: other services through
 * the outbox ({@code registration.changed}, keyed by event id so one event's changes stay in order),
 * the person in the portal and by e-mail (a confirmation carries the QR code of the check-in code).
 */
@Singleton
class Announcer {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'в' HH:mm", Locale.forLanguageTag("ru"));

    private final Outbox outbox;
    private final Notices notices;
    private final EventsZone zone;

    Announcer(Outbox outbox, Notices notices, EventsZone zone) {
        this.outbox = outbox;
        this.notices = notices;
        this.zone = zone;
    }

    /** A change and the message that goes with it; a null kind publishes without telling anyone. */
    /**
     * @param answer the answer to the application itself: the applicant saw it on the screen and the portal
     *               shows it as the registration's status, so it goes by mail only (no separate notice)
     */
    record Change(Registration registration, @Nullable NoticeKind tell, @Nullable Integer waitingPosition, boolean publish,
                  @Nullable byte[] qrPng, boolean answer) {
        Change(Registration registration, @Nullable NoticeKind tell, @Nullable Integer waitingPosition) {
            this(registration, tell, waitingPosition, true, null, false);
        }

        Change(Registration registration, @Nullable NoticeKind tell, @Nullable Integer waitingPosition, boolean publish) {
            this(registration, tell, waitingPosition, publish, null, false);
        }
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void announce(Event event, List<Change> changes) {
        List<Outbox.Pending> events = new ArrayList<>(changes.size());
        List<Notices.Message> messages = new ArrayList<>(changes.size());
        for (Change c : changes) {
            Registration r = c.registration();
            var status = r.status().contract();
            if (status != null && c.publish()) {
                var payload = new RegistrationChangedV1(event.id(), r.id(), r.applicantSubject(), r.schoolId(), status,
                        r.participantKey(), r.participants(), event.networkProjectId(), r.attendedAt() != null ? Boolean.TRUE : null);
                events.add(new Outbox.Pending("event", event.id().toString(), RegistrationEvents.CHANGED,
                        new EventEnvelope<>(UUID.randomUUID(), RegistrationEvents.CHANGED.name(),
                                RegistrationEvents.CHANGED.version(), r.schoolId(), zone.clock().instant(), payload)));
            }
            if (c.tell() != null) {
                messages.add(message(event, c));
            }
        }
        outbox.appendAll(events);
        notices.tellAll(messages);
    }

    private Notices.Message message(Event e, Change c) {
        Registration r = c.registration();
        String who = r.mode() == Mode.SELF ? "Вы" : "«" + r.participantName() + "»";
        String what = "«" + e.title() + "» (" + WHEN.format(e.startsAt().atZone(zone.zone())) + ", " + where(e) + ")";
        String code = "Код для отметки на входе: " + r.checkInCode() + " — QR-код во вложении и на странице мероприятия в портале.";
        String text = switch (c.tell()) {
            case CONFIRMED -> who + (r.mode() == Mode.SELF ? " зарегистрированы" : " — регистрация подтверждена") + " на мероприятие "
                    + what + ".\n" + code;
            case PROMOTED -> "Освободилось место: " + (r.mode() == Mode.SELF ? "вы зарегистрированы" : who + " зарегистрирован(а)")
                    + " на мероприятие " + what + " из листа ожидания.\n" + code;
            case WAITLISTED -> "Свободных мест на мероприятие " + what + " сейчас нет: заявка в листе ожидания"
                    + (c.waitingPosition() == null ? "" : " под номером " + c.waitingPosition())
                    + ". Когда место освободится, регистрация произойдёт автоматически, и мы сообщим об этом.";
            case PENDING -> "Заявка на мероприятие " + what + " принята и ждёт решения организатора.";
            case REJECTED -> "Организатор отклонил заявку на мероприятие " + what + ".";
            case CANCELLED -> "Регистрация на мероприятие " + what + " отменена.";
            case REMINDER -> "Напоминаем: завтра — мероприятие " + what + ".\n" + code;
            case EVENT_CANCELLED -> "Мероприятие " + what + " отменено. Причина: " + e.cancellation().reason().replaceAll("[.\\s]+$", "")
                    + (r.mode() == Mode.SELF ? ". Ваша заявка отменена." : ". Заявка «" + r.participantName() + "» отменена.");
            case CHANGED -> "Организатор изменил мероприятие «" + e.title() + "». Теперь: "
                    + WHEN.format(e.startsAt().atZone(zone.zone())) + ", " + where(e) + ". "
                    + (r.status() == Status.REGISTERED ? "Ваша регистрация сохраняется." : "Ваша заявка сохраняется.");
            default -> e.title();
        };
        boolean withCode = c.tell() == NoticeKind.CONFIRMED || c.tell() == NoticeKind.PROMOTED || c.tell() == NoticeKind.REMINDER;
        Mail.Attachment qr = withCode ? new Mail.Attachment("qr-" + r.checkInCode() + ".png", "image/png",
                c.qrPng() != null ? c.qrPng() : QrCodes.png(r.checkInCode())) : null;
        return new Notices.Message(r.applicantSubject(), r.email(), e.id(), c.tell(), text, qr, !c.answer());
    }

    private static String where(Event e) {
        if (e.format() == EventFormat.ONLINE) {
            return "онлайн" + (e.onlineUrl() == null ? "" : ": " + e.onlineUrl());
        }
        return e.venue() == null ? e.format().title().toLowerCase(Locale.ROOT) : e.venue();
    }
}
