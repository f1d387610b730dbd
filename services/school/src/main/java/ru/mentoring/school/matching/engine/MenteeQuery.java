package ru.mentoring.school.matching.engine;

import java.util.Arrays;
import java.util.List;

/**
 * One mentee compared with the prepared mentors: the points each strength phrase, subject list and age
 * preference gives this mentee, computed once per mentee (phrases and subjects only where a word is
 * shared, through the inverted indexes), so a mentor's score is a handful of array reads. Reused from
 * mentee to mentee: stamps mark which entries belong to the current one.
 */
final class MenteeQuery {

    static final int SUBJECT_FULL = 2;
    static final int SUBJECT_PARTIAL = 1;
    static final int SUBJECT_FROM_REQUEST = 3;

    final Prepared prepared;
    private final Weights w;
    // a query's own: the stemmer keeps state, and queries of one cohort run on several threads
    private final RussianText text = new RussianText();

    MenteeProfile mentee;
    long formsMask;
    int[] requestKeys = new int[0];
    boolean hasRequest;

    // strengths: points per phrase, only for phrases sharing a word with the request
    private final int[] phraseStamp;
    private final int[] phraseAcc;
    private final boolean[] phraseStrongHit;
    final int[] phrasePoints;
    int[] touchedPhrases;
    int touchedPhraseCount;

    // subjects: level per subject set, only for sets sharing a word with the subject or the request
    private final int[] subjectStamp;
    final int[] subjectLevel;
    int[] touchedSubjects;
    int touchedSubjectCount;
    int[] subjectKeys = new int[0];
    int unknownSubjectKeys;
    boolean hasSubject;

    // ages and time
    final int[] agePoints;
    final int[] ageLevel;
    TimeSlots time = TimeSlots.NONE;
    private String menteeAgeText;

    int maxStrength;
    int maxSubject;
    int maxAge;
    int maxTime;
    private int stamp;

    MenteeQuery(Prepared prepared) {
        this.prepared = prepared;
        this.w = prepared.weights;
        int phrases = prepared.phraseTitles.size();
        phraseStamp = new int[phrases];
        phraseAcc = new int[phrases];
        phraseStrongHit = new boolean[phrases];
        phrasePoints = new int[phrases];
        touchedPhrases = new int[Math.min(phrases, 64)];
        int sets = prepared.subjectSets.size();
        subjectStamp = new int[sets];
        subjectLevel = new int[sets];
        touchedSubjects = new int[Math.min(sets, 64)];
        agePoints = new int[prepared.agePrefs.size()];
        ageLevel = new int[prepared.agePrefs.size()];
    }

    MenteeQuery load(MenteeProfile mentee) {
        this.mentee = mentee;
        menteeAgeText = null;
        stamp++;
        formsMask = prepared.formsMask(mentee.acceptableForms());
        hasRequest = !blank(mentee.requestCategory()) || !blank(mentee.requestText());
        requestKeys = hasRequest ? known(mentee.requestCategory(), mentee.requestText()) : new int[0];
        strengths();
        subjects();
        ages();
        time = prepared.time(mentee.availableTime());
        maxTime = time.known() ? w.time() : 0;
        return this;
    }

    /** The mentee's age or class as an explanation names it (the same for every mentor). */
    String menteeAgeText() {
        if (menteeAgeText == null) {
            menteeAgeText = AgeFit.mentee(mentee.kind(), mentee.age(), mentee.grade());
        }
        return menteeAgeText;
    }

    private void strengths() {
        touchedPhraseCount = 0;
        maxStrength = 0;
        for (int key : requestKeys) {
            boolean strong = !prepared.weak(key);
            for (int p : prepared.keyPhrases[key]) {
                if (phraseStamp[p] != stamp) {
                    phraseStamp[p] = stamp;
                    phraseAcc[p] = 0;
                    phraseStrongHit[p] = false;
                    phrasePoints[p] = 0;
                    if (touchedPhraseCount == touchedPhrases.length) {
                        touchedPhrases = Arrays.copyOf(touchedPhrases, touchedPhrases.length * 2 + 1);
                    }
                    touchedPhrases[touchedPhraseCount++] = p;
                }
                phraseAcc[p] += strong ? Prepared.STRONG : Prepared.WEAK;
                phraseStrongHit[p] |= strong;
            }
        }
        for (int t = 0; t < touchedPhraseCount; t++) {
            int p = touchedPhrases[t];
            int den = prepared.phraseDen[p];
            int points = prepared.phraseHasStrong[p] && !phraseStrongHit[p] ? 0
                    : (2 * w.strengths() * phraseAcc[p] + den) / (2 * den);
            phrasePoints[p] = points;
            maxStrength = Math.max(maxStrength, points);
        }
    }

    /** Points of a phrase for this mentee (0 if it shares no word with the request). */
    int phrasePoints(int phrase) {
        return phraseStamp[phrase] == stamp ? phrasePoints[phrase] : 0;
    }

    /** Whether the request holds every word of the phrase. */
    boolean phraseFull(int phrase) {
        return phraseStamp[phrase] == stamp && phraseAcc[phrase] == prepared.phraseDen[phrase];
    }

    private void subjects() {
        touchedSubjectCount = 0;
        maxSubject = 0;
        hasSubject = !blank(mentee.subject());
        if (hasSubject) {
            List<String> words = text.keys(mentee.subject());
            int[] strong = strongOf(words);
            subjectKeys = strong;
            for (int key : strong) {
                if (key < 0) {
                    continue;
                }
                for (int s : prepared.keySubjectSets[key]) {
                    touchSubject(s, levelOfSet(s));
                }
            }
        } else {
            subjectKeys = new int[0];
            unknownSubjectKeys = 0;
            for (int key : requestKeys) {
                if (prepared.weak(key)) {
                    continue;
                }
                for (int s : prepared.keySubjectSets[key]) {
                    if (subjectStamp[s] != stamp) {
                        touchSubject(s, requestLevelOfSet(s));
                    }
                }
            }
        }
    }

    private void touchSubject(int set, int level) {
        if (subjectStamp[set] == stamp) {
            return;
        }
        subjectStamp[set] = stamp;
        subjectLevel[set] = level;
        if (touchedSubjectCount == touchedSubjects.length) {
            touchedSubjects = Arrays.copyOf(touchedSubjects, touchedSubjects.length * 2 + 1);
        }
        touchedSubjects[touchedSubjectCount++] = set;
        maxSubject = Math.max(maxSubject, subjectPointsOf(level));
    }

    /** The mentee's subject's content words as key ids; words no mentor has are -1 (and counted). */
    private int[] strongOf(List<String> words) {
        int[] ids = new int[words.size()];
        int n = 0;
        int unknown = 0;
        boolean anyStrong = false;
        for (String word : words) {
            anyStrong |= !RussianText.weak(word);
        }
        for (String word : words) {
            if (anyStrong && RussianText.weak(word)) {
                continue;
            }
            int id = prepared.knownKey(word);
            if (id < 0) {
                unknown++;
            }
            ids[n++] = id;
        }
        unknownSubjectKeys = unknown;
        return Prepared.distinctInOrder(ids, n);
    }

    private int levelOfSet(int set) {
        int best = 0;
        for (int entry : prepared.subjectSets.get(set)) {
            best = Math.max(best, levelOfEntry(entry));
        }
        return best;
    }

    /** The same subject when one's words contain the other's; a related one when they share a word. */
    int levelOfEntry(int entry) {
        int[] keys = prepared.subjectKeys.get(entry);
        int shared = 0;
        for (int key : keys) {
            for (int mine : subjectKeys) {
                if (mine == key) {
                    shared++;
                    break;
                }
            }
        }
        if (shared == 0) {
            return 0;
        }
        boolean mineInEntry = unknownSubjectKeys == 0 && shared == countKnown();
        return shared == keys.length || mineInEntry ? SUBJECT_FULL : SUBJECT_PARTIAL;
    }

    private int countKnown() {
        int n = 0;
        for (int key : subjectKeys) {
            if (key >= 0) {
                n++;
            }
        }
        return n;
    }

    private int requestLevelOfSet(int set) {
        for (int entry : prepared.subjectSets.get(set)) {
            if (requestLevelOfEntry(entry) == SUBJECT_FROM_REQUEST) {
                return SUBJECT_FROM_REQUEST;
            }
        }
        return 0;
    }

    /** A subject the request names: all its content words are in the request («подготовка к ОГЭ по математике»). */
    int requestLevelOfEntry(int entry) {
        int[] keys = prepared.subjectKeys.get(entry);
        if (keys.length == 0) {
            return 0;
        }
        for (int key : keys) {
            boolean found = false;
            for (int mine : requestKeys) {
                if (mine == key) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return 0;
            }
        }
        return SUBJECT_FROM_REQUEST;
    }

    int subjectPointsOf(int level) {
        return level == SUBJECT_FULL || level == SUBJECT_FROM_REQUEST ? w.subject() : level == SUBJECT_PARTIAL
                ? w.subject() / 2 : 0;
    }

    private void ages() {
        // mentees of the same kind, age and class fit every preference alike: computed once per such group
        long who = ((long) mentee.kind().ordinal() << 40) | ((mentee.age() == null ? 0xFFFFL : mentee.age() & 0xFFFFL) << 20)
                | (mentee.grade() == null ? 0xFFFFL : mentee.grade() & 0xFFFFL);
        int[] levels = prepared.ageLevels.get(who);
        if (levels == null) {
            levels = new int[agePoints.length];
            for (int a = 0; a < levels.length; a++) {
                levels[a] = AgeFit.level(prepared.agePrefs.get(a), mentee.kind(), mentee.age(), mentee.grade());
            }
            prepared.ageLevels.put(who, levels);
        }
        maxAge = 0;
        for (int a = 0; a < agePoints.length; a++) {
            int level = levels[a];
            ageLevel[a] = level;
            agePoints[a] = level == AgeFit.FULL ? w.age() : level == AgeFit.NEAR ? w.age() / 2 : 0;
            maxAge = Math.max(maxAge, agePoints[a]);
        }
    }

    int timePointsOf(int overlapHours) {
        return overlapHours >= 2 ? w.time() : overlapHours == 1 ? w.time() / 2 : 0;
    }

    // ---- a mentor's points for this mentee

    int strength(int m) {
        int best = 0;
        for (int p : prepared.mentorPhrases[m]) {
            if (phraseStamp[p] == stamp && phrasePoints[p] > best) {
                best = phrasePoints[p];
            }
        }
        return best;
    }

    int subject(int m) {
        int set = prepared.mentorSubjectSet[m];
        return subjectStamp[set] == stamp ? subjectPointsOf(subjectLevel[set]) : 0;
    }

    int subjectOfSet(int set) {
        return subjectStamp[set] == stamp ? subjectPointsOf(subjectLevel[set]) : 0;
    }

    int age(int m) {
        return agePoints[prepared.mentorAge[m]];
    }

    int time(int m) {
        if (!prepared.mentorHasTime[m] || maxTime == 0) {
            return 0;
        }
        long[] t = prepared.mentorTime;
        return timePointsOf(time.overlapUpToTwo(t[3 * m], t[3 * m + 1], t[3 * m + 2]));
    }

    /** Whether the mentor may be proposed at all: leads a form that suits the mentee and has a free seat. */
    boolean eligible(int m) {
        return (prepared.mentorForms[m] & formsMask) != 0 && prepared.mentors.get(m).freeSeats() > 0;
    }

    int score(int m) {
        return score(m, strength(m));
    }

    /** The score with the mentor's strength points already known (a small pool spreads them from the request). */
    int score(int m, int strengthPoints) {
        return strengthPoints + subject(m) + age(m) + time(m) + prepared.statics[m];
    }

    private int[] known(String category, String requestText) {
        // looked up by the profile's own two strings, whose hashes are kept, not by their join made anew
        Prepared.Request key = new Prepared.Request(category, requestText);
        int[] known = prepared.requestKeys.get(key);
        if (known == null) {
            known = knownDistinct(TextMemo.REQUESTS.of(key, r -> text.keysUnremembered(join(r.category(), r.text()))));
            if (prepared.requestKeys.size() < 100_000) {
                prepared.requestKeys.put(key, known);
            }
        }
        return known;
    }

    /** The ids of the keys some mentor's phrase or subject has, each once, in order. */
    private int[] knownDistinct(List<String> keys) {
        int[] ids = new int[keys.size()];
        int n = 0;
        for (String key : keys) {
            int id = prepared.knownKey(key);
            if (id >= 0) {
                ids[n++] = id;
            }
        }
        return Prepared.distinctInOrder(ids, n);
    }

    private static String join(String a, String b) {
        if (blank(a)) {
            return blank(b) ? null : b;
        }
        return blank(b) ? a : a + " " + b;
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
