package ru.mentoring.school.matching.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The mentors of one matching call, read once into arrays: every distinct strength phrase, subject list,
 * age preference and time text is interned, so that a mentee is compared with a few hundred distinct
 * phrases instead of every mentor, and a mentor's score is a handful of array reads.
 */
final class Prepared {

    /** Weight of a word in a phrase: content words 3, weak words 1 (see {@link RussianText}). */
    static final int STRONG = 3;
    static final int WEAK = 1;

    private static final Pattern SPACES = Pattern.compile("\\s+");

    final Weights weights;
    /** Reads the mentors' texts while they are prepared (one thread); each {@link MenteeQuery} has its own. */
    private final RussianText text = new RussianText();

    // words
    private final Map<String, Integer> keyIds = new HashMap<>();
    private final List<Boolean> keyWeak = new ArrayList<>();

    // strength phrases
    final List<String> phraseTitles = new ArrayList<>();
    private final Map<String, Integer> phraseIds = new HashMap<>();
    final List<int[]> phraseKeys = new ArrayList<>();
    int[] phraseDen;
    boolean[] phraseHasStrong;
    int[][] keyPhrases;

    // subjects: an entry is one subject («русский язык»), a set is one mentor's list of them
    final List<String> subjectTitles = new ArrayList<>();
    final List<int[]> subjectKeys = new ArrayList<>();
    private final Map<String, Integer> subjectIds = new HashMap<>();
    final List<int[]> subjectSets = new ArrayList<>();
    private final Map<List<Integer>, Integer> subjectSetIds = new HashMap<>();
    int[][] keySubjectSets;

    // age preferences and times
    final List<AgePreference> agePrefs = new ArrayList<>();
    private final Map<String, Integer> agePrefByText = new HashMap<>();
    private final Map<AgePreference, Integer> agePrefIds = new HashMap<>();

    // filled while mentees are compared, by every thread of a cohort
    /** How each (kind, age, class) of mentee fits each age preference. */
    final Map<Long, int[]> ageLevels = new ConcurrentHashMap<>();

    /** Requests already read into known word keys (the explanations read them again). */
    final Map<Request, int[]> requestKeys = new ConcurrentHashMap<>();

    /** A mentee's request as the profile holds it: its category and its text. */
    record Request(String category, String text) {
    }

    // forms
    final Map<String, Integer> formBits = new HashMap<>();
    /** Form codes by bit. */
    private final String[] formCodes;

    // sentences the explanations repeat for many pairs, written once per call (by every thread, racily:
    // each is the same immutable string whoever writes it first)
    private final String[] agePreferenceTexts;
    private final Map<TimeSlots, String> timeTexts = new ConcurrentHashMap<>();

    // mentors
    final List<MentorProfile> mentors;
    final int count;
    final int[][] mentorPhrases;
    final int[] mentorSubjectSet;
    final int[] mentorAge;
    final long[] mentorTime;
    final boolean[] mentorHasTime;
    final int[] statics;
    final long[] mentorForms;
    final int[] rank;
    /** Mentor index by id rank. */
    final int[] byRank;

    Prepared(List<MentorProfile> mentors, Weights weights) {
        this.weights = weights;
        this.mentors = mentors;
        this.count = mentors.size();
        mentorPhrases = new int[count][];
        mentorSubjectSet = new int[count];
        mentorAge = new int[count];
        mentorTime = new long[3 * count];
        mentorHasTime = new boolean[count];
        statics = new int[count];
        mentorForms = new long[count];
        agePrefs.add(AgePreference.NONE);
        agePrefIds.put(AgePreference.NONE, 0);
        for (int m = 0; m < count; m++) {
            read(m, mentors.get(m));
        }
        finishPhrases();
        finishSubjects();
        rank = ranks(mentors);
        byRank = new int[count];
        for (int m = 0; m < count; m++) {
            byRank[rank[m]] = m;
        }
        agePreferenceTexts = new String[agePrefs.size()];
        formCodes = new String[formBits.size()];
        formBits.forEach((code, bit) -> formCodes[bit] = code);
    }

    /** «…» as the explanation names an age preference. */
    String agePreferenceText(int id) {
        String text = agePreferenceTexts[id];
        if (text == null) {
            text = agePrefs.get(id).describe();
            agePreferenceTexts[id] = text;
        }
        return text;
    }

    /** The hours of a week as the explanation names them. */
    String describe(TimeSlots slots) {
        return timeTexts.computeIfAbsent(slots, TimeSlots::describe);
    }

    /**
     * The form a mentee and a mentor share (of several, the first by code, so the same pair always reads
     * the same), or null if they share none.
     */
    String sharedForm(long menteeForms, long mentorForms) {
        String first = null;
        for (long bits = menteeForms & mentorForms; bits != 0; bits &= bits - 1) {
            String code = formCodes[Long.numberOfTrailingZeros(bits)];
            if (first == null || code.compareTo(first) < 0) {
                first = code;
            }
        }
        return first;
    }

    private void read(int m, MentorProfile mentor) {
        Set<Integer> phrases = new LinkedHashSet<>();
        for (String strength : mentor.strengths()) {
            int id = phrase(strength);
            if (id >= 0) {
                phrases.add(id);
            }
        }
        mentorPhrases[m] = ints(phrases);
        mentorSubjectSet[m] = subjectSet(mentor.subjects());
        mentorAge[m] = agePreference(mentor.preferredMenteeAge());
        TimeSlots time = time(mentor.timeAvailable());
        mentorTime[3 * m] = time.low();
        mentorTime[3 * m + 1] = time.middle();
        mentorTime[3 * m + 2] = time.high();
        mentorHasTime[m] = time.known();
        statics[m] = weights.form() + capacityPoints(mentor.freeSeats()) + (mentor.ownSchool() ? weights.ownSchool() : 0);
        long forms = 0;
        for (String form : mentor.forms()) {
            forms |= formBit(form);
        }
        mentorForms[m] = forms;
    }

    int capacityPoints(int freeSeats) {
        int seats = Math.max(0, Math.min(3, freeSeats));
        return (2 * weights.capacity() * seats + 3) / 6;
    }

    long formBit(String code) {
        Integer bit = formBits.get(code);
        if (bit == null) {
            if (formBits.size() == 63) {
                throw new IllegalArgumentException("Слишком много разных форм наставничества: не больше 63");
            }
            bit = formBits.size();
            formBits.put(code, bit);
        }
        return 1L << bit;
    }

    /** The mask of the forms among {@code codes} some mentor leads. */
    long formsMask(Set<String> codes) {
        long mask = 0;
        for (String code : codes) {
            Integer bit = formBits.get(code);
            if (bit != null) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }

    int keyId(String key) {
        Integer id = keyIds.get(key);
        if (id == null) {
            id = keyIds.size();
            keyIds.put(key, id);
            keyWeak.add(RussianText.weak(key));
        }
        return id;
    }

    /** The id of a known word key, or -1 if no mentor's phrase or subject has it. */
    int knownKey(String key) {
        Integer id = keyIds.get(key);
        return id == null ? -1 : id;
    }

    boolean weak(int keyId) {
        return keyWeak.get(keyId);
    }

    private int phrase(String strength) {
        if (strength == null || strength.isBlank()) {
            return -1;
        }
        String folded = normalised(strength);
        Integer id = phraseIds.get(folded);
        if (id != null) {
            return id;
        }
        int[] keys = distinct(text.keys(folded));
        if (keys.length == 0) {
            return -1;
        }
        id = phraseTitles.size();
        phraseIds.put(folded, id);
        phraseTitles.add(strength.strip());
        phraseKeys.add(keys);
        return id;
    }

    /** Folded, trimmed, single spaces: the form two phrasings of one phrase share. */
    private static String normalised(String text) {
        return TextMemo.FOLDED.of(text, t -> SPACES.matcher(RussianText.fold(t.strip())).replaceAll(" "));
    }

    private int[] distinct(List<String> keys) {
        int[] ids = new int[keys.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = keyId(keys.get(i));
        }
        return distinctInOrder(ids, ids.length);
    }

    /** The first {@code count} values, each once, in the order they first come (these lists are a few words long). */
    static int[] distinctInOrder(int[] values, int count) {
        int[] out = new int[count];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int v = values[i];
            boolean repeat = false;
            for (int k = 0; k < n && !repeat; k++) {
                repeat = out[k] == v;
            }
            if (!repeat) {
                out[n++] = v;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int[] ints(Collection<Integer> values) {
        int[] out = new int[values.size()];
        int i = 0;
        for (int v : values) {
            out[i++] = v;
        }
        return out;
    }

    private void finishPhrases() {
        int n = phraseTitles.size();
        phraseDen = new int[n];
        phraseHasStrong = new boolean[n];
        List<List<Integer>> byKey = new ArrayList<>();
        for (int p = 0; p < n; p++) {
            for (int key : phraseKeys.get(p)) {
                boolean weakKey = weak(key);
                phraseDen[p] += weakKey ? WEAK : STRONG;
                phraseHasStrong[p] |= !weakKey;
                while (byKey.size() <= key) {
                    byKey.add(new ArrayList<>());
                }
                byKey.get(key).add(p);
            }
        }
        keyPhrases = toArrays(byKey);
    }

    private int subjectSet(List<String> subjects) {
        List<Integer> entries = new ArrayList<>();
        for (String subject : subjects) {
            if (subject == null || subject.isBlank()) {
                continue;
            }
            String folded = normalised(subject);
            Integer id = subjectIds.get(folded);
            if (id == null) {
                id = subjectTitles.size();
                subjectIds.put(folded, id);
                subjectTitles.add(subject.strip());
                subjectKeys.add(strongKeys(text.keys(folded)));
            }
            if (!entries.contains(id)) {
                entries.add(id);
            }
        }
        entries.sort(null);
        Integer set = subjectSetIds.get(entries);
        if (set == null) {
            set = subjectSets.size();
            subjectSetIds.put(entries, set);
            subjectSets.add(ints(entries));
        }
        return set;
    }

    /** The content words of a subject; a subject of weak words only («язык») keeps them. */
    int[] strongKeys(List<String> keys) {
        int[] all = distinct(keys);
        int[] strong = new int[all.length];
        int n = 0;
        for (int k : all) {
            if (!weak(k)) {
                strong[n++] = k;
            }
        }
        return n == 0 ? all : Arrays.copyOf(strong, n);
    }

    private void finishSubjects() {
        List<List<Integer>> byKey = new ArrayList<>();
        for (int s = 0; s < subjectSets.size(); s++) {
            Set<Integer> keys = new LinkedHashSet<>();
            for (int entry : subjectSets.get(s)) {
                for (int key : subjectKeys.get(entry)) {
                    keys.add(key);
                }
            }
            for (int key : keys) {
                while (byKey.size() <= key) {
                    byKey.add(new ArrayList<>());
                }
                byKey.get(key).add(s);
            }
        }
        keySubjectSets = toArrays(byKey);
    }

    private int agePreference(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        Integer id = agePrefByText.get(text);
        if (id == null) {
            AgePreference pref = TextMemo.AGE_PREFERENCES.of(text, AgePreference::parse);
            id = agePrefIds.get(pref);
            if (id == null) {
                id = agePrefs.size();
                agePrefs.add(pref);
                agePrefIds.put(pref, id);
            }
            agePrefByText.put(text, id);
        }
        return id;
    }

    TimeSlots time(String text) {
        if (text == null || text.isBlank()) {
            return TimeSlots.NONE;
        }
        return TextMemo.TIMES.of(text, TimeSlots::parse);
    }

    private int[][] toArrays(List<List<Integer>> lists) {
        int[][] arrays = new int[keyIds.size()][];
        for (int k = 0; k < arrays.length; k++) {
            arrays[k] = k < lists.size() ? ints(lists.get(k)) : new int[0];
        }
        return arrays;
    }

    /** Each mentor's place in the order of their ids: ties between equal scores go to the smaller id. */
    private static int[] ranks(List<MentorProfile> mentors) {
        Integer[] order = new Integer[mentors.size()];
        for (int m = 0; m < order.length; m++) {
            order[m] = m;
        }
        Arrays.sort(order, (a, b) -> mentors.get(a).id().compareTo(mentors.get(b).id()));
        int[] rank = new int[order.length];
        for (int r = 0; r < order.length; r++) {
            rank[order[r]] = r;
        }
        return rank;
    }
}
