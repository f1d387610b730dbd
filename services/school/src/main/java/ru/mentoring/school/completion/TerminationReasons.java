package ru.mentoring.school.completion;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import ru.mentoring.support.web.BusinessRuleException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * The school's list of reasons to end a pair early: started from a default list the first time the school
 * reads it, then added to, renamed and retired by the curator. A retired reason stays on the pairs it ended.
 */
@Singleton
public class TerminationReasons {

    private static final List<String[]> DEFAULTS = List.of(
            new String[] {"MOVED", "Переезд или переход наставляемого в другую организацию"},
            new String[] {"MENTOR_UNAVAILABLE", "Наставник не может продолжать (увольнение, болезнь, нагрузка)"},
            new String[] {"MENTEE_REFUSED", "Наставляемый отказался от участия"},
            new String[] {"GUARDIAN_REFUSED", "Родители (законные представители) против участия"},
            new String[] {"CONSENT_WITHDRAWN", "Отозвано согласие на обработку персональных данных"},
            new String[] {"MISMATCH", "Пара не сложилась: несовместимость наставника и наставляемого"},
            new String[] {"GOALS_REACHED_EARLY", "Цели достигнуты досрочно"},
            new String[] {"OTHER", "Другое"});

    private final TerminationReasonRepository reasons;

    TerminationReasons(TerminationReasonRepository reasons) {
        this.reasons = reasons;
    }

    @Transactional
    public List<TerminationReason> of(String schoolId) {
        List<TerminationReason> list = reasons.findByKeySchoolIdOrderByPosition(schoolId);
        if (list.isEmpty()) {
            int position = 0;
            for (String[] reason : DEFAULTS) {
                reasons.save(new TerminationReason(new TerminationReason.Key(schoolId, reason[0]), reason[1], true, position++));
            }
            list = reasons.findByKeySchoolIdOrderByPosition(schoolId);
        }
        return list;
    }

    /** The title of a stored code (a retired reason keeps its title). */
    @Transactional
    public String title(String schoolId, String code) {
        return find(schoolId, code).map(TerminationReason::title).orElse(code);
    }

    @Transactional
    Optional<TerminationReason> find(String schoolId, String code) {
        return of(schoolId).stream().filter(r -> r.key().code().equals(code)).findFirst();
    }

    @Transactional
    TerminationReason add(String schoolId, String title) {
        List<TerminationReason> list = of(schoolId);
        requireUnique(list, title, null);
        String code = "R" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
        return reasons.save(new TerminationReason(new TerminationReason.Key(schoolId, code), title.strip(), true, list.size()));
    }

    @Transactional
    TerminationReason change(String schoolId, String code, String title, boolean active) {
        List<TerminationReason> list = of(schoolId);
        TerminationReason reason = list.stream().filter(r -> r.key().code().equals(code)).findFirst()
                .orElseThrow(() -> BusinessRuleException.notFound("Причина не найдена"));
        requireUnique(list, title, code);
        return reasons.update(new TerminationReason(reason.key(), title.strip(), active, reason.position()));
    }

    private static void requireUnique(List<TerminationReason> list, String title, String except) {
        String wanted = normal(title);
        list.stream().filter(r -> !r.key().code().equals(except) && normal(r.title()).equals(wanted)).findFirst()
                .ifPresent(r -> {
                    throw BusinessRuleException.conflict("Причина «" + title.strip() + "» уже есть в списке");
                });
    }

    private static String normal(String title) {
        return title.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
