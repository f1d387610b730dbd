package ru.mentoring.school.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class TextMemoTest {

    private final TextMemo<String> memo = new TextMemo<>();
    private final AtomicInteger reads = new AtomicInteger();

    private String read(String text) {
        reads.incrementAndGet();
        return text.toUpperCase();
    }

    @Test
    void aTextIsReadOnceAndAnsweredWithWhatWasReadOutOfIt() {
        assertThat(memo.of("понедельник после уроков", this::read)).isEqualTo("ПОНЕДЕЛЬНИК ПОСЛЕ УРОКОВ");
        assertThat(memo.of("понедельник после уроков", this::read)).isEqualTo("ПОНЕДЕЛЬНИК ПОСЛЕ УРОКОВ");
        assertThat(reads).hasValue(1);
    }

    @Test
    void aLongTextIsReadEveryTime() {
        String longText = "а".repeat(TextMemo.MAX_TEXT + 1);
        memo.of(longText, this::read);
        memo.of(longText, this::read);
        assertThat(reads).hasValue(2);
    }

    @Test
    void theMemoryIsForgottenWhenItsCharactersWouldExceedTheBudget() {
        String first = "б".repeat(TextMemo.MAX_TEXT);
        memo.of(first, this::read);
        for (int i = 0; i < TextMemo.MAX_CHARS / TextMemo.MAX_TEXT; i++) {
            memo.of(String.format("%0" + TextMemo.MAX_TEXT + "d", i), this::read);
        }
        int before = reads.get();
        memo.of(first, this::read);
        assertThat(reads.get()).as("the first text was forgotten when the budget was reached").isEqualTo(before + 1);
    }
}
