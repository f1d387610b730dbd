package ru.mentoring.school.completion;

import ru.mentoring.model.pair.PairDecision;
import ru.mentoring.model.pair.TerminationInitiator;

/** Russian words for the codes of a pair's ending. */
public final class Titles {

    private Titles() {
    }

    public static String of(PairDecision decision) {
        return switch (decision) {
            case CONTINUE -> "продолжить работу";
            case STOP -> "завершить наставничество";
        };
    }

    public static String of(TerminationInitiator initiator) {
        return switch (initiator) {
            case MENTOR -> "наставник";
            case MENTEE -> "наставляемый";
            case CURATOR -> "куратор";
            case GUARDIAN -> "родитель (законный представитель)";
        };
    }
}
