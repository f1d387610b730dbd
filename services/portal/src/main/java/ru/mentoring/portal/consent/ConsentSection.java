package ru.mentoring.portal.consent;

import ru.mentoring.portal.backend.school.Consents;
import ru.mentoring.portal.web.Dates;

import java.util.List;
import java.util.UUID;

/**
 * The consents block of a mentee's card: every consent on record (withdrawn ones too), and for each of the
 * three kinds whether one is in force, with the blank to print and sign.
 */
public record ConsentSection(UUID menteeId, List<Row> rows, List<Kind> kinds, boolean processing) {

    public static ConsentSection of(UUID menteeId, List<Consents.Consent> consents) {
        List<Kind> kinds = ConsentKinds.TITLES.entrySet().stream()
                .map(k -> new Kind(k.getKey(), k.getValue(), consents.stream()
                        .anyMatch(c -> c.inForce() && k.getKey().equals(c.kind()))))
                .toList();
        return new ConsentSection(menteeId, consents.stream().map(Row::of).toList(), kinds,
                kinds.stream().anyMatch(k -> k.inForce() && ConsentKinds.PROCESSING.equals(k.code())));
    }

    /** One kind of consent: its blank prints as a document of its own. */
    public record Kind(String code, String title, boolean inForce) {

        public boolean isTransfer() {
            return ConsentKinds.TRANSFER.equals(code);
        }
    }

    /** A consent on record, in Russian. */
    public record Row(UUID id, String kind, String signer, String signedOn, String state, String stateClass,
                      boolean inForce, String textVersion) {

        static Row of(Consents.Consent c) {
            String kind = c.kindTitle() == null ? ConsentKinds.title(c.kind()) : c.kindTitle();
            if (c.partnerOrganisation() != null && !c.partnerOrganisation().isBlank()) {
                kind = kind + " («" + c.partnerOrganisation().strip() + "»)";
            }
            String signer = (c.signerName() == null ? "" : c.signerName())
                    + (c.signedByTitle() == null ? "" : ", " + c.signedByTitle())
                    + (c.coSignedByPupil() ? "; с подписью обучающегося" : "");
            String state = c.inForce() ? "действует"
                    : "отозвано " + Dates.day(c.withdrawnOn())
                    + (c.withdrawalReason() == null || c.withdrawalReason().isBlank() ? ""
                    : ": " + c.withdrawalReason().strip());
            return new Row(c.id(), kind, signer, Dates.day(c.signedOn()), state,
                    c.inForce() ? "accepted" : "declined", c.inForce(),
                    edition(c.textVersion()));
        }

        /** «processing-v2» → «редакция 2»: the version of the text signed, without the code. */
        static String edition(String version) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("v(\\d+)$").matcher(version == null ? "" : version);
            return m.find() ? "редакция " + m.group(1) : "—";
        }
    }
}
