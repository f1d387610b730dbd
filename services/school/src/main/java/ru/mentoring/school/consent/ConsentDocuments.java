package ru.mentoring.school.consent;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import ru.mentoring.school.mentee.Mentee;
import ru.mentoring.school.profile.SchoolProfile;
import ru.mentoring.support.documents.DocumentSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each consent as its own printable document (156-ФЗ: never merged with another consent or an
 * application): the form to be signed, filled in with what the school knows, or the recorded consent.
 */
@Singleton
class ConsentDocuments {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final String BLANK = "______________________________";
    private final Map<String, List<String>> texts = new ConcurrentHashMap<>();

    /** The form to be signed by the mentee (or by the guardian of a minor). */
    DocumentSpec form(ConsentKind kind, Mentee mentee, SchoolProfile school, boolean minor, boolean coSignLine,
                      @Nullable String partner) {
        String signer = minor ? orBlank(mentee.guardianName()) : mentee.fullName();
        return document(kind, kind.currentText(), mentee, school, minor, signer, partner, null, coSignLine);
    }

    /** A consent as recorded: who signed it, on which version of the text, and when. */
    DocumentSpec recorded(Consent consent, Mentee mentee, SchoolProfile school) {
        return document(consent.kind(), consent.textVersion(), mentee, school, consent.signedBy() == Signer.GUARDIAN,
                consent.signerName(), consent.partnerOrganisation(), consent.signedOn(), consent.coSignedByPupil());
    }

    private DocumentSpec document(ConsentKind kind, String version, Mentee mentee, SchoolProfile school, boolean guardian,
                                  String signer, @Nullable String partner, @Nullable LocalDate signedOn, boolean coSign) {
        List<String> lines = text(version);
        String subject = guardian
                ? "моего ребёнка (подопечного) " + mentee.fullName()
                + (mentee.birthDate() == null ? "" : ", " + RU_DATE.format(mentee.birthDate()) + " г. р.")
                : "моих";
        String role = guardian ? "являясь родителем (законным представителем)" : "действуя от своего имени";
        List<DocumentSpec.Block> blocks = new ArrayList<>();
        blocks.add(new DocumentSpec.Paragraph(school.fullName(), DocumentSpec.Style.RIGHT));
        blocks.add(new DocumentSpec.Heading(lines.getFirst()));
        for (String line : lines.subList(1, lines.size())) {
            blocks.add(new DocumentSpec.Paragraph(line.replace("{signer}", signer).replace("{signerRole}", role)
                    .replace("{school}", school.fullName()).replace("{subject}", subject)
                    .replace("{partner}", partner == null ? BLANK : partner)));
        }
        blocks.add(new DocumentSpec.Paragraph("Редакция текста: " + version, DocumentSpec.Style.SMALL));
        List<DocumentSpec.Signature> signatures = new ArrayList<>();
        signatures.add(new DocumentSpec.Signature(guardian ? "Родитель (законный представитель)" : "Наставляемый", signer));
        if (coSign) {
            signatures.add(new DocumentSpec.Signature("Согласие подтверждаю (обучающийся 14 лет и старше)", mentee.fullName()));
        }
        if (signedOn != null) {
            blocks.add(new DocumentSpec.Paragraph("Дата подписания: " + RU_DATE.format(signedOn)));
        }
        blocks.add(new DocumentSpec.Signatures(signatures, signedOn == null));
        return new DocumentSpec("Согласие " + kind.title(), blocks);
    }

    private static String orBlank(@Nullable String value) {
        return value == null || value.isBlank() ? BLANK : value;
    }

    private List<String> text(String version) {
        return texts.computeIfAbsent(version, v -> {
            try (InputStream in = ConsentDocuments.class.getResourceAsStream("/consent/" + v + ".txt")) {
                if (in == null) {
                    throw new IllegalStateException("no consent text " + v);
                }
                return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
