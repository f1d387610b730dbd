package ru.mentoring.school.consent;

/** The three consents the law keeps apart (DOMAIN §7): each is its own document. */
public enum ConsentKind {
    PROCESSING("на обработку персональных данных", "processing-v1"),
    DISTRIBUTION("на распространение (публикацию)", "distribution-v1"),
    TRANSFER("на передачу организации-партнёру", "transfer-v1");

    private final String title;
    private final String currentText;

    ConsentKind(String title, String currentText) {
        this.title = title;
        this.currentText = currentText;
    }

    public String title() {
        return title;
    }

    /** The version of the text a new consent of this kind is signed on. */
    public String currentText() {
        return currentText;
    }
}
