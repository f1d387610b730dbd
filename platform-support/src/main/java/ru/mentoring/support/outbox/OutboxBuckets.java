package ru.mentoring.support.outbox;

/**
 * Aggregates spread over a fixed number of buckets; a relay instance publishes a bucket only while
 * it holds the bucket's lock. The hash is {@link String#hashCode()}, which the language fixes, so
 * every instance and every version agrees on an aggregate's bucket.
 */
final class OutboxBuckets {

    static final int COUNT = 16;

    private OutboxBuckets() {
    }

    static short of(String aggregateKey) {
        return (short) Math.floorMod(aggregateKey.hashCode(), COUNT);
    }
}
