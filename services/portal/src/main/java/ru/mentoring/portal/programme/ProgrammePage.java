package ru.mentoring.portal.programme;

import ru.mentoring.portal.backend.school.Programmes;
import ru.mentoring.portal.web.Dates;
import ru.mentoring.portal.web.Option;
import ru.mentoring.portal.web.PageModel;
import ru.mentoring.portal.web.form.FormErrors;

import java.util.List;
import java.util.UUID;

/**
 * «Программа наставничества»: the programme of a school year and its roadmap by the seven stages, the
 * overdue activities marked, with the form that adds an activity.
 */
record ProgrammePage(UUID id, String schoolYear, String heading, String forms, String curators, String goals,
                     String silence, List<StageView> stages, int items, int done, int overdue,
                     RoadmapItemForm form, FormErrors errors, List<Option> stageOptions, List<Option> years)
        implements PageModel {

    static ProgrammePage of(Programmes.Programme p, List<Programmes.Entry> all, RoadmapItemForm form,
                            FormErrors errors) {
        List<StageView> stages = p.stageList().stream().map(StageView::of).toList();
        return new ProgrammePage(p.id(), p.schoolYear(),
                p.title() == null || p.title().isBlank() ? "Программа наставничества на " + p.schoolYear() + " учебный год"
                        : p.title(),
                p.formList().isEmpty() ? "не выбраны"
                        : String.join(", ", p.formList().stream().map(Programmes.Form::title).toList()),
                p.curatorList().isEmpty() ? "не указаны" : String.join(", ", p.curatorList()),
                p.goals() == null || p.goals().isBlank() ? "не указаны" : p.goals(),
                "нет встреч " + p.silentAfterWeeks() + " " + weeks(p.silentAfterWeeks()), stages, p.items(), p.done(),
                p.overdue(), form, errors, stageOptions(p, form.stage()),
                Option.of(all, e -> e.id().toString(), e -> e.schoolYear(), e -> e.id().equals(p.id())));
    }

    static List<Option> stageOptions(Programmes.Programme p, String chosen) {
        return p.stageList().stream().map(s -> new Option(String.valueOf(s.stage()), s.stage() + ". " + s.title(),
                String.valueOf(s.stage()).equals(chosen == null ? "" : chosen.strip()))).toList();
    }

    /** 1 неделя, 3 недели, 5 недель. */
    static String weeks(int n) {
        int tens = n % 100;
        int last = n % 10;
        if (tens >= 11 && tens <= 14) {
            return "недель";
        }
        return last == 1 ? "неделю" : last >= 2 && last <= 4 ? "недели" : "недель";
    }

    @Override
    public String view() {
        return "programme";
    }

    @Override
    public String title() {
        return "Программа наставничества";
    }

    /** A stage of the target model with its activities. */
    record StageView(int number, String title, List<ItemView> items, int done, int overdue) {

        static StageView of(Programmes.Stage s) {
            return new StageView(s.stage(), s.title(), s.itemList().stream().map(ItemView::of).toList(), s.done(),
                    s.overdue());
        }

        public String summary() {
            String text = "выполнено " + done + " из " + items.size();
            return overdue > 0 ? text + ", просрочено " + overdue : text;
        }
    }

    /** An activity as the roadmap table shows it: overdue ones stand out by class and by word. */
    record ItemView(UUID id, String activity, String deadline, String owner, String expectedResult, String state,
                    String stateClass, boolean done, boolean overdue) {

        static ItemView of(Programmes.Item i) {
            boolean done = i.doneOn() != null;
            String state = done ? "выполнено " + Dates.day(i.doneOn()) : i.overdue() ? "просрочено" : "в работе";
            return new ItemView(i.id(), i.activity(), Dates.day(i.deadline()), blank(i.owner()),
                    blank(i.expectedResult()), state, done ? "accepted" : i.overdue() ? "declined" : "pending", done,
                    !done && i.overdue());
        }

        private static String blank(String value) {
            return value == null || value.isBlank() ? "—" : value;
        }
    }
}
