package ru.mentoring.school.consent;

/** Who signed: the person themself, or a parent or legal guardian for a minor. */
public enum Signer {
    SELF("сам наставляемый"),
    GUARDIAN("родитель (законный представитель)");

    private final String title;

    Signer(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
