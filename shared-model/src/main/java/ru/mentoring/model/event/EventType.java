package ru.mentoring.model.event;

/** A stable event name with the contract version it is published under and the topic it lives on. */
public record EventType(String name, int version, String topic) {
}
