package ru.mentoring.practices.practice;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/** The jsonb lists of a version (authors, participants) from their JSON text. */
final class JsonLists {

    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    private JsonLists() {
    }

    static List<Author> authors(String value) {
        return read(value, Argument.listOf(Author.class));
    }

    static List<Participant> participants(String value) {
        return read(value, Argument.listOf(Participant.class));
    }

    private static <T> List<T> read(String value, Argument<List<T>> type) {
        if (value == null) {
            return List.of();
        }
        try {
            List<T> list = JSON.readValue(value, type);
            return list == null ? List.of() : list;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
