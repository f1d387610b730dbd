package ru.mentoring.support.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.activation.DataHandler;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import org.eclipse.angus.mail.util.MailStreamProvider;

import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Properties;

/**
 * Talks SMTP through Jakarta Mail (Eclipse Angus). One connection serves a whole batch of messages;
 * configured by {@code SMTP_HOST}, {@code SMTP_PORT} and {@code MAIL_FROM}.
 */
@Singleton
@Requires(property = "mentoring.mail.enabled", value = "true")
class MailSender {

    private static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    private final Session session;
    private final InternetAddress from;

    MailSender(@Value("${mentoring.mail.smtp-host:127.0.0.1}") String host,
               @Value("${mentoring.mail.smtp-port:3025}") int port,
               @Value("${mentoring.mail.from:noreply@mentoring.local}") String from,
               @Value("${mentoring.mail.from-name:Сеть наставничества}") String fromName) throws UnsupportedEncodingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "5000");
        properties.put("mail.smtp.timeout", "5000");
        properties.put("mail.smtp.writetimeout", "5000");
        keepStreamProviderFound();
        this.session = Session.getInstance(properties);
        this.from = new InternetAddress(from, fromName, StandardCharsets.UTF_8.name());
    }

    /**
     * Jakarta Mail 2.1 looks its stream provider up again for every header it encodes and every part it
     * writes, through a ServiceLoader that reads the jar each time (jakartaee/mail-api#861): 6 % of the
     * events service's CPU during a registration burst, while it mailed the confirmations. Named here, the
     * lookup is one class-by-name call. A provider named otherwise (a JVM flag) is left alone.
     */
    private static void keepStreamProviderFound() {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, MailStreamProvider.class.getName());
        }
    }

    /** An open connection to the SMTP server; close it when the batch is done. */
    Transport connect() throws MessagingException {
        Transport transport = session.getTransport("smtp");
        transport.connect();
        return transport;
    }

    void send(Transport transport, Mail mail, Date sentAt) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(from);
        message.setRecipients(Message.RecipientType.TO, InternetAddress.parse(mail.to(), false));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(sentAt);
        if (mail.attachment() == null) {
            message.setText(mail.text(), StandardCharsets.UTF_8.name());
        } else {
            MimeBodyPart text = new MimeBodyPart();
            text.setText(mail.text(), StandardCharsets.UTF_8.name());
            MimeBodyPart file = new MimeBodyPart();
            file.setDataHandler(new DataHandler(new ByteArrayDataSource(mail.attachment().data(), mail.attachment().contentType())));
            file.setFileName(mail.attachment().name());
            message.setContent(new MimeMultipart(text, file));
        }
        message.saveChanges();
        transport.sendMessage(message, message.getAllRecipients());
    }
}
