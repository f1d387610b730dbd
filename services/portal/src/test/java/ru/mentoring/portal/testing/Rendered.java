package ru.mentoring.portal.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** A rendered page, read the way a user reads it: its visible text, its fields with their errors. */
public record Rendered(String html) {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern LATIN_WORD = Pattern.compile("\\b[A-Za-z][A-Za-z]+\\b");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w.-]+");
    private static final Pattern PLACEHOLDER = Pattern.compile("placeholder=\"([^\"]*)\"");

    /** What the browser shows: the text without tags, styles and scripts, blanks collapsed. */
    public String text() {
        String body = html.replaceAll("(?s)<style.*?</style>", " ").replaceAll("(?s)<script.*?</script>", " ");
        return TAG.matcher(body).replaceAll(" ").replace("&nbsp;", " ").replace("&quot;", "\"")
                .replace("&laquo;", "«").replace("&raquo;", "»").replace("&amp;", "&").replaceAll("\\s+", " ").strip();
    }

    /** The text of the page's {@code <h1>}. */
    public String heading() {
        Matcher m = Pattern.compile("(?s)<h1[^>]*>(.*?)</h1>").matcher(html);
        assertThat(m.find()).as("a heading on the page").isTrue();
        return TAG.matcher(m.group(1)).replaceAll("").strip();
    }

    /** The labelled field {@code name} as the fields fragment drew it: label, control and its errors. */
    public Rendered field(String name) {
        int at = html.indexOf("data-field=\"" + name + "\"");
        assertThat(at).as("the field «%s» on the page", name).isNotNegative();
        int start = html.lastIndexOf("<", at);
        String tag = html.substring(start + 1, html.indexOf(' ', start));
        int depth = 0;
        Matcher m = Pattern.compile("<(/?)" + tag + "\\b[^>]*>").matcher(html);
        m.region(start, html.length());
        while (m.find()) {
            depth += m.group(1).isEmpty() ? 1 : -1;
            if (depth == 0) {
                return new Rendered(html.substring(start, m.end()));
            }
        }
        throw new AssertionError("the field «" + name + "» is not closed");
    }

    /** The messages under this field, in order. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<small class=\"error-text\">(.*?)</small>").matcher(html);
        while (m.find()) {
            errors.add(m.group(1).strip());
        }
        return errors;
    }

    /** The messages listed in the summary above the form, in order. */
    public List<String> summary() {
        int start = html.indexOf("id=\"form-errors\"");
        assertThat(start).as("the error summary above the form").isNotNegative();
        String block = html.substring(start, html.indexOf("</ul>", start));
        return Pattern.compile("(?s)<li>\\s*<(?:a|span)[^>]*>(.*?)</(?:a|span)>").matcher(block).results()
                .map(m -> m.group(1).strip()).toList();
    }

    public boolean isInvalid() {
        return html.substring(0, html.indexOf('>')).matches("(?s).*class=\"[^\"]*\\binvalid\\b.*");
    }

    /**
     * Nothing a user reads is English: no validation default («size must be between …»), no exception
     * text, no enum code. Latin words may only be the given data (a login) and e-mail addresses.
     */
    public Rendered assertRussianOnly(String... allowed) {
        String visible = EMAIL.matcher(text()).replaceAll(" ");
        List<String> placeholders = new ArrayList<>();
        Matcher p = PLACEHOLDER.matcher(html);
        while (p.find()) {
            placeholders.add(p.group(1));
        }
        List<String> latin = new ArrayList<>();
        Matcher w = LATIN_WORD.matcher(visible + " " + String.join(" ", placeholders));
        while (w.find()) {
            latin.add(w.group());
        }
        latin.removeAll(Arrays.asList(allowed));
        latin.removeAll(List.of("Excel", "xlsx", "Ctrl"));
        assertThat(latin).as("Latin words a user would read on the page").isEmpty();
        assertThat(html).doesNotContain("null").doesNotContain("Exception");
        return this;
    }
}
