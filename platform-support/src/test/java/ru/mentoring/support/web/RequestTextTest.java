package ru.mentoring.support.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTextTest {

    @Test
    void ordinaryRussianAddressesAndBodiesPass() {
        assertThat(RequestText.checkAddress("strength=%D0%BF%D1%80%D0%BE%D0%B5%D0%BA%D1%82&q=a+b")).isEmpty();
        assertThat(RequestText.checkBody("{\"need\":\"Строка 1\\nСтрока 2\\t«цитата»\"}".getBytes(StandardCharsets.UTF_8),
                true)).isEmpty();
        assertThat(RequestText.checkBody("fullName=%D0%98%D0%B2%D0%B0%D0%BD".getBytes(StandardCharsets.UTF_8), false))
                .isEmpty();
    }

    @Test
    void controlCharactersAreRefusedWithARussianReason() {
        assertThat(RequestText.checkAddress("strength=%00")).hasValueSatisfying(m -> assertThat(m).contains("управляющий символ"));
        assertThat(RequestText.checkAddress("q=a%0Ab")).isPresent();
        assertThat(RequestText.checkBody("{\"a\":\"x\\u0000y\"}".getBytes(StandardCharsets.UTF_8), true)).isPresent();
        assertThat(RequestText.checkBody(new byte[] {'{', '"', 'a', '"', ':', '"', 7, '"', '}'}, true)).isPresent();
    }

    @Test
    void anEscapedBackslashBeforeUIsNotAnEscape() {
        assertThat(RequestText.checkBody("{\"path\":\"C:\\\\u0000\"}".getBytes(StandardCharsets.UTF_8), true)).isEmpty();
    }

    @Test
    void invalidUtf8IsRefused() {
        assertThat(RequestText.checkAddress("q=%C3%28")).hasValueSatisfying(m -> assertThat(m).contains("UTF-8"));
        assertThat(RequestText.checkBody(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}, true)).isPresent();
        assertThat(RequestText.checkAddress("q=%ZZ")).isPresent();
    }
}
