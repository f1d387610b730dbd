package ru.mentoring.practices.practice;

import ru.mentoring.practices.access.Actor;

/**
 * Who may see and change which version (the rules): a published version is everyone's; a draft
 * only its authors' and their school's curator's; an item under review also the methodist's and the
 * experts assigned to it. Authors and their curator keep seeing their own submission while it is
 * reviewed, but never the experts' sheets (the review feature shows those to the municipal side only).
 */
final class PracticeAccess {

    private PracticeAccess() {
    }

    static boolean canRead(PracticeVersion v, Actor actor) {
        if (v.status().isPublic() || isEditor(v, actor)) {
            return true;
        }
        if (v.status() == VersionStatus.DRAFT) {
            return false;
        }
        return actor.isMethodist() || isAssignedExpert(v, actor);
    }

    /** The authors (by e-mail) and the curator of the practice's school, within that school. */
    static boolean isEditor(PracticeVersion v, Actor actor) {
        if (!v.schoolId().equals(actor.schoolId().orElse(null))) {
            return false;
        }
        return actor.isCuratorOf(v.schoolId()) || actor.email().map(v::hasAuthor).orElse(false);
    }

    static boolean canEditText(PracticeVersion v, Actor actor) {
        return VersionStatus.EDITABLE.contains(v.status()) && isEditor(v, actor);
    }

    /** Files may still change after submission, until experts are assigned. */
    static boolean canChangeFiles(PracticeVersion v, Actor actor) {
        return (VersionStatus.EDITABLE.contains(v.status()) || v.status() == VersionStatus.SUBMITTED) && isEditor(v, actor);
    }

    static boolean isAssignedExpert(PracticeVersion v, Actor actor) {
        return actor.isExpert() && v.reviewers().contains(actor.username());
    }
}
