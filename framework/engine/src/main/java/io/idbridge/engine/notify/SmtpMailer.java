package io.idbridge.engine.notify;

import static java.util.Objects.requireNonNull;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends messages over one SMTP connection per delivery, with the configured timeouts. */
final class SmtpMailer {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

    private final SmtpSettings settings;
    private final Session session;
    private final Clock clock;

    SmtpMailer(SmtpSettings settings, Clock clock) {
        this.settings = requireNonNull(settings, "settings is null");
        this.clock = requireNonNull(clock, "clock is null");
        Properties properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.from", settings.from());
        properties.put("mail.smtp.connectiontimeout", String.valueOf(settings.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", String.valueOf(settings.readTimeout().toMillis()));
        properties.put("mail.smtp.writetimeout", String.valueOf(settings.readTimeout().toMillis()));
        properties.put("mail.smtp.auth", String.valueOf(settings.username() != null));
        properties.put("mail.smtp.starttls.enable", String.valueOf(settings.startTls()));
        properties.put("mail.smtp.starttls.required", String.valueOf(settings.startTls()));
        this.session = Session.getInstance(properties);
    }

    /**
     * Sends {@code pending} in order, removing each message once it is sent, or once the server or the address rules
     * refused it for good (that is logged: trying again would not help).
     *
     * @throws MessagingException when the connection fails; the messages still in {@code pending} were not sent
     */
    void deliver(List<Mail> pending) throws MessagingException {
        if (pending.isEmpty()) {
            return;
        }
        try (Transport transport = session.getTransport("smtp")) {
            transport.connect(settings.host(), settings.port(), settings.username(),
                    settings.password() == null ? null : settings.password().reveal());
            Iterator<Mail> iterator = pending.iterator();
            while (iterator.hasNext()) {
                Mail mail = iterator.next();
                try {
                    MimeMessage message = message(mail);
                    transport.sendMessage(message, message.getAllRecipients());
                    LOG.debug("sent {}", mail.about());
                } catch (AddressException invalid) {
                    LOG.warn("not sending {}: an address is invalid ({})", mail.about(), invalid.getMessage());
                } catch (SendFailedException refused) {
                    LOG.warn("the mail server refused {}: {}", mail.about(), refused.getMessage());
                }
                iterator.remove();
            }
        }
    }

    private MimeMessage message(Mail mail) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        for (String address : mail.to()) {
            message.addRecipient(Message.RecipientType.TO, new InternetAddress(address, true));
        }
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setText(mail.body(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        return message;
    }
}
