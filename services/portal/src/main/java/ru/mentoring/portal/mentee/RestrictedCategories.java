package ru.mentoring.portal.mentee;

/**
 * The restricted categories of the mentee base (DOMAIN §7.2): the curator alone sees them, and they never
 * leave the school. Support needs stay an opaque flag: no diagnosis is stored.
 */
final class RestrictedCategories {

    static final String SUPPORT_NEEDS = "нуждается в особой поддержке";
    static final String DIFFICULT_SITUATION = "трудная жизненная ситуация";
    static final String BEHAVIOUR = "трудности в поведении";
    static final String POOR_RESULTS = "низкие образовательные результаты";

    private RestrictedCategories() {
    }
}
