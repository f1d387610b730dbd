package ru.mentoring.portal.consent;

import ru.mentoring.portal.backend.school.Mentees;
import ru.mentoring.portal.mentee.Ages;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * «Запись согласия»: the form steers by the mentee — a minor's consent offers only the parent as signer,
 * the pupil's own signature is offered from 14, and a transfer asks for the partner organisation.
 */
record ConsentFormPage(UUID menteeId, String menteeName, ConsentForm form, FormErrors errors, List<Option> kinds,
                       List<Option> signers, boolean coSigning, List<String> hints) implements PageModel {

    static ConsentFormPage of(Mentees.Mentee m, ConsentForm form, FormErrors errors) {
        List<Option> signers = new ArrayList<>();
        for (Map.Entry<String, String> s : ConsentKinds.SIGNERS.entrySet()) {
            if (!(form.isMinor() && "SELF".equals(s.getKey()))) {
                signers.add(new Option(s.getKey(), s.getValue(), s.getKey().equals(form.signedBy())));
            }
        }
        List<String> hints = new ArrayList<>();
        if (form.isMinor()) {
            hints.add("Наставляемый несовершеннолетний" + (m.age() == null ? "" : " (" + Ages.years(m.age()) + ")")
                    + ": согласие подписывает родитель или законный представитель"
                    + (m.guardianName() == null || m.guardianName().isBlank() ? "." : " — " + m.guardianName() + "."));
        }
        if (form.mayCoSign()) {
            hints.add("Обучающемуся 14 лет или больше: он может подписать согласие вместе с родителем.");
        } else if ("true".equals(form.pupil()) && m.birthDate() == null) {
            hints.add("Дата рождения обучающегося не указана: подпись обучающегося с 14 лет отметить нельзя.");
        }
        hints.add("Согласие на передачу организации-партнёру называет эту организацию.");
        return new ConsentFormPage(m.id(), m.fullName(), form, errors,
                Option.of(ConsentKinds.TITLES.entrySet(), Map.Entry::getKey, e -> "Согласие " + e.getValue(),
                        e -> e.getKey().equals(form.kind())),
                signers, form.mayCoSign(), hints);
    }

    @Override
    public String view() {
        return "consent-form";
    }

    @Override
    public String title() {
        return "Запись согласия";
    }
}
