package ru.mentoring.portal.pairwork;

import ru.mentoring.portal.web.PortalUser;

import java.util.UUID;

/**
 * Who works on a pair's page: the school's curator (the pair as the school keeps it, «Пары и группы»), the
 * pair's mentor or its mentee with a login (their own pair, «Мои пары»). The same actions serve all three;
 * the page they return to and what they may do differ.
 */
public enum Side {
    CURATOR, MENTOR, MENTEE;

    /** A curator who also mentors works as the curator; a user of none of the three roles is not asked. */
    public static Side of(PortalUser user) {
        if (user.isCurator()) {
            return CURATOR;
        }
        return user.isMentor() ? MENTOR : MENTEE;
    }

    /** The pair's page this side works on. */
    public String page(UUID pairId) {
        return (this == CURATOR ? "/pairs/" : "/my-pairs/") + pairId;
    }

    /** The list of pairs this side comes from. */
    public String list() {
        return this == CURATOR ? "/pairs" : "/my-pairs";
    }
}
