package ru.mentoring.school.matching.engine;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class TextMemoTest {

    private final TextMemo<String, String> memo = TextMemo.ofTexts();
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
    void equalKeysOfDifferentTextsAreOneString() {
        List<String> request = new RussianText().keys("подготовка к ОГЭ по математике");
        List<String> strength = new RussianText().keys("Математика: подготовка к экзаменам");
        String fromRequest = request.stream().filter(key -> strength.contains(key)).findFirst().orElseThrow();
        assertThat(strength.get(strength.indexOf(fromRequest))).isSameAs(fromRequest);
        assertThat(TextMemo.sharedKeys(List.of(new String(fromRequest.toCharArray()))).getFirst()).isSameAs(fromRequest);
    }

    @Test
    void aRequestIsRememberedByItsCategoryAndText() {
        TextMemo<Prepared.Request, String> requests = new TextMemo<>(r -> r.category().length() + r.text().length());
        Function<Prepared.Request, String> join = r -> {
            reads.incrementAndGet();
            return r.category() + " / " + r.text();
        };
        assertThat(requests.of(new Prepared.Request("адаптация", "первый год в школе"), join))
                .isEqualTo("адаптация / первый год в школе");
        assertThat(requests.of(new Prepared.Request("адаптация", "первый год в школе"), join))
                .isEqualTo("адаптация / первый год в школе");
        assertThat(requests.of(new Prepared.Request("адаптация первый", "год в школе"), join))
                .as("another split of the same words is another request").isEqualTo("адаптация первый / год в школе");
        assertThat(reads).hasValue(2);
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
