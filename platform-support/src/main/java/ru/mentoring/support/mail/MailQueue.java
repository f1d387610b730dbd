package ru.mentoring.support.mail;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.UUID;

/**
 * The only way a service sends mail. Called inside the business transaction: the message is kept
 * or dropped with the change that caused it, and the relay sends it once the transaction commits
 * ({@link MailRelay}). A message without a usable address is skipped here, not queued to fail.
 */
@Singleton
@Requires(property = "mentoring.mail.enabled", value = "true")
public class MailQueue {

    private final MailRepository repository;
    private final TransactionOperations<Connection> transactions;
    private final TransactionSynchronization wakeRelay;

    MailQueue(MailRepository repository, TransactionOperations<Connection> transactions, MailSignal signal) {
        this.repository = repository;
        this.transactions = transactions;
        this.wakeRelay = new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                signal.raise();
            }
        };
    }

    /** @return whether the message was queued (false when the address is empty or not an address) */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public boolean enqueue(Mail mail) {
        if (!looksLikeAddress(mail.to())) {
            return false;
        }
        repository.insert(UUID.randomUUID(), mail);
        transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(wakeRelay));
        return true;
    }

    /** Many messages in one statement (a batch of confirmations); those without an address are skipped. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    public int enqueueAll(java.util.List<Mail> mails) {
        var usable = mails.stream().filter(m -> looksLikeAddress(m.to())).toList();
        if (!usable.isEmpty()) {
            repository.insertAll(usable);
            transactions.findTransactionStatus().ifPresent(status -> status.registerSynchronization(wakeRelay));
        }
        return usable.size();
    }

    static boolean looksLikeAddress(String to) {
        return to != null && to.indexOf('@') > 0 && to.indexOf('@') < to.length() - 1 && to.strip().equals(to);
    }
}
