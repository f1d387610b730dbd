package ru.mentoring.portal.catalogue;

import ru.mentoring.portal.backend.mentorbank.Catalogue;
import ru.mentoring.portal.web.PageModel;

import java.util.List;

/**
 * «Справочники»: the methodist's competencies, forms of mentoring with their variants, and kinds of
 * teacher mentoring, retired entries included (they stay on the mentors who have them).
 */
record CataloguesPage(List<Section> sections) implements PageModel {

    /** One list: its address name, heading, what an entry is called, and the entries. */
    record Section(String list, String heading, String noun, String hint, List<Catalogue.Entry> entries) {

        public boolean isForms() {
            return Catalogues.FORMS.equals(list);
        }

        public boolean isCompetencies() {
            return Catalogues.COMPETENCIES.equals(list);
        }
    }

    @Override
    public String view() {
        return "catalogues";
    }

    @Override
    public String title() {
        return "Справочники";
    }
}
