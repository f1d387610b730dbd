package ru.mentoring.support.tenancy;

/** Realm roles of the {@code mentoring} realm, as they appear in the token's {@code roles} claim. */
public final class Roles {
    public static final String METHODIST = "methodist";
    public static final String CURATOR = "curator";
    public static final String MENTOR = "mentor";
    /** A mentee with their own (optional) login: provisioned by the school's curator, bound to that school. */
    public static final String MENTEE = "mentee";
    public static final String EXPERT = "expert";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
