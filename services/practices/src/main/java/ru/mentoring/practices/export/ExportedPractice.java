package ru.mentoring.practices.export;

import java.util.List;

/** A practice laid out for print: a heading, its facts (label, value) and its sections (heading, text). */
record ExportedPractice(String title, String subtitle, List<Fact> facts, List<Section> sections) {

    record Fact(String label, String value) {
    }

    record Section(String heading, String text) {
    }
}
