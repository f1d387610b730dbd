package ru.mentoring.model.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The golden JSON sample of each event version, read by producer and consumer tests alike. */
public final class GoldenSamples {

    private GoldenSamples() {
    }

    public static byte[] read(EventType type) {
        return resource("/ru/mentoring/model/golden/" + type.name() + ".v" + type.version() + ".json");
    }

    /** The sample of a minor version that added optional fields, e.g. {@code pair.changed.v1.1.json}. */
    public static byte[] read(EventType type, int minor) {
        return resource("/ru/mentoring/model/golden/" + type.name() + ".v" + type.version() + "." + minor + ".json");
    }

    private static byte[] resource(String name) {
        try (InputStream in = GoldenSamples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
