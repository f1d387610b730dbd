package ru.mentoring.portal.web.form;

import java.util.List;

/**
 * A form with rules that span fields (an end before a start, a project required only for a network
 * nomination), which annotations on single fields cannot say. {@link FormFlow} adds these errors to
 * the annotations' own.
 */
public interface CheckedForm {

    List<FormErrors.FieldError> check();
}
