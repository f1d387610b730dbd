package ru.mentoring.portal.mypairs;

import io.micronaut.core.annotation.Nullable;
import ru.mentoring.portal.backend.school.MyPairs;
import ru.mentoring.portal.pairwork.PairHeader;
import ru.mentoring.portal.pairwork.PairWork;
import ru.mentoring.portal.pairwork.Side;
import ru.mentoring.portal.pair.PairLabels;
import ru.mentoring.portal.pairwork.WorkView;
import ru.mentoring.portal.web.Labelled;
import ru.mentoring.portal.web.PageModel;

import java.util.ArrayList;
import java.util.List;

/**
 * One of the user's own pairs: the card (another school's pupil only as first name and class, with the
 * school's curator as the contact) and the pair's work.
 */
record MyPairPage(PairHeader header, String statusClass, List<Labelled> fields, List<String> mentees,
                  boolean minimalCard, String curatorContact, @Nullable WorkView work) implements PageModel {

    static MyPairPage of(MyPairs.Item item, PairHeader header, @Nullable WorkView work) {
        List<Labelled> fields = new ArrayList<>();
        fields.add(Labelled.of("Школа", item.schoolName() != null && !item.schoolName().isBlank() ? item.schoolName()
                : item.schoolId() == null ? null : "школа № " + item.schoolId()));
        if (header.side() == Side.MENTEE) {
            fields.add(Labelled.of("Наставник", item.mentorName()));
        }
        fields.add(Labelled.of("Форма наставничества", item.formTitle()));
        fields.add(Labelled.of("Срок", header.term()));
        boolean minimal = header.side() == Side.MENTOR && !item.ownSchool();
        String contact = item.curatorContact() == null || item.curatorContact().isBlank() ? "не указан"
                : item.curatorContact().strip();
        return new MyPairPage(header, PairLabels.statusClass(item.status()), fields,
                header.mentees().stream().map(PairHeader.Person::label).toList(), minimal, contact, work);
    }

    /** The pair started, but its plan and meetings could not be read. */
    public boolean workMissing() {
        return PairWork.missing(header.status(), work);
    }

    @Override
    public String view() {
        return "my-pair";
    }

    @Override
    public String title() {
        return header.heading();
    }
}
