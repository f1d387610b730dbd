package ru.mentoring.mentorbank.catalogue;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.Record;

import static ru.mentoring.mentorbank.jooq.Tables.COMPETENCY;
import static ru.mentoring.mentorbank.jooq.Tables.COMPETENCY_SYNONYM;
import static ru.mentoring.mentorbank.jooq.Tables.FORM_SYNONYM;
import static ru.mentoring.mentorbank.jooq.Tables.FORM_VARIANT;
import static ru.mentoring.mentorbank.jooq.Tables.MENTORING_FORM;
import static ru.mentoring.mentorbank.jooq.Tables.MENTORING_FORMAT;

/**
 * Changes of the managed lists. The three lists (competencies, forms, formats) have the same shape —
 * code, title, active — so one set of statements serves them, told which table by {@link Kind}.
 */
@Singleton
class CatalogueRepository {

    /** Which list a change is for: the three have the same shape (code, title, active). */
    enum Kind {
        COMPETENCIES, FORMS, FORMATS
    }

    private final DSLContext sql;

    CatalogueRepository(DSLContext sql) {
        this.sql = sql;
    }

    /** Adds the competency, or renames and reactivates the one with that code. */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void saveCompetency(String code, String title) {
        sql.insertInto(COMPETENCY).set(COMPETENCY.CODE, code).set(COMPETENCY.TITLE, title)
                .onConflict(COMPETENCY.CODE).doUpdate()
                .set(COMPETENCY.TITLE, title).set(COMPETENCY.ACTIVE, true)
                .execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean codeTaken(Kind kind, String code) {
        return sql.fetchExists(table(kind), code(kind).eq(code));
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insert(Kind kind, String code, String title) {
        sql.insertInto(table(kind)).set(code(kind), code).set(title(kind), title).execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean rename(Kind kind, String code, String title) {
        return sql.update(table(kind)).set(title(kind), title).where(code(kind).eq(code)).execute() == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean setActive(Kind kind, String code, boolean active) {
        return sql.update(table(kind)).set(active(kind), active).where(code(kind).eq(code)).execute() == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void insertVariant(String formCode, String title) {
        sql.insertInto(FORM_VARIANT).set(FORM_VARIANT.FORM_CODE, formCode).set(FORM_VARIANT.TITLE, title)
                .onConflict(FORM_VARIANT.FORM_CODE, FORM_VARIANT.TITLE).doUpdate().set(FORM_VARIANT.ACTIVE, true)
                .execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean renameVariant(String formCode, String title, String newTitle) {
        return sql.update(FORM_VARIANT).set(FORM_VARIANT.TITLE, newTitle)
                .where(FORM_VARIANT.FORM_CODE.eq(formCode), FORM_VARIANT.TITLE.eq(title)).execute() == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean setVariantActive(String formCode, String title, boolean active) {
        return sql.update(FORM_VARIANT).set(FORM_VARIANT.ACTIVE, active)
                .where(FORM_VARIANT.FORM_CODE.eq(formCode), FORM_VARIANT.TITLE.eq(title)).execute() == 1;
    }

    /** From now on the phrase means this competency (a later mapping of the same phrase wins). */
    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void saveCompetencySynonym(String phraseKey, String code) {
        sql.insertInto(COMPETENCY_SYNONYM).set(COMPETENCY_SYNONYM.PHRASE_KEY, phraseKey)
                .set(COMPETENCY_SYNONYM.COMPETENCY_CODE, code)
                .onConflict(COMPETENCY_SYNONYM.PHRASE_KEY).doUpdate().set(COMPETENCY_SYNONYM.COMPETENCY_CODE, code)
                .execute();
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    boolean removeCompetencySynonym(String phraseKey) {
        return sql.deleteFrom(COMPETENCY_SYNONYM).where(COMPETENCY_SYNONYM.PHRASE_KEY.eq(phraseKey)).execute() == 1;
    }

    @Transactional(propagation = TransactionDefinition.Propagation.MANDATORY)
    void saveFormSynonym(String phraseKey, String code) {
        sql.insertInto(FORM_SYNONYM).set(FORM_SYNONYM.PHRASE_KEY, phraseKey).set(FORM_SYNONYM.FORM_CODE, code)
                .onConflict(FORM_SYNONYM.PHRASE_KEY).doUpdate().set(FORM_SYNONYM.FORM_CODE, code)
                .execute();
    }

    private static Table<? extends Record> table(Kind kind) {
        return switch (kind) {
            case COMPETENCIES -> COMPETENCY;
            case FORMS -> MENTORING_FORM;
            case FORMATS -> MENTORING_FORMAT;
        };
    }

    private static Field<String> code(Kind kind) {
        return switch (kind) {
            case COMPETENCIES -> COMPETENCY.CODE;
            case FORMS -> MENTORING_FORM.CODE;
            case FORMATS -> MENTORING_FORMAT.CODE;
        };
    }

    private static Field<String> title(Kind kind) {
        return switch (kind) {
            case COMPETENCIES -> COMPETENCY.TITLE;
            case FORMS -> MENTORING_FORM.TITLE;
            case FORMATS -> MENTORING_FORMAT.TITLE;
        };
    }

    private static Field<Boolean> active(Kind kind) {
        return switch (kind) {
            case COMPETENCIES -> COMPETENCY.ACTIVE;
            case FORMS -> MENTORING_FORM.ACTIVE;
            case FORMATS -> MENTORING_FORMAT.ACTIVE;
        };
    }
}
