-- The catalogues become the methodist's pages: entries are added, renamed and retired (a retired entry
-- stays on the mentors who have it and is no longer offered). Schools write the catalogue's entries in
-- their own words, so each list keeps synonyms: phrases (normalised: lower case, «ё» as «е», one space,
-- dashes as « – ») that mean the entry. A synonym is added when the methodist maps a school's phrase.

alter table form_variant add column active boolean not null default true;

-- «учитель – ученик» is a form schools run (a teacher mentors a pupil) and write in their sheets.
insert into mentoring_form (code, title) values ('TEACHER_PUPIL', 'учитель – ученик') on conflict do nothing;

create table competency_synonym (
    phrase_key      text primary key,
    competency_code text        not null references competency (code),
    created_at      timestamptz not null default now()
);

insert into competency_synonym (phrase_key, competency_code) values
    ('современный урок', 'modern_lesson'),
    ('проектирование современного урока', 'modern_lesson'),
    ('оценивание образовательных результатов', 'formative_assessment'),
    ('проектная и исследовательская деятельность', 'project_activity'),
    ('учебно-исследовательская и проектная деятельность', 'project_activity'),
    ('инклюзивное образование', 'special_needs'),
    ('работа с детьми с ограниченными возможностями здоровья', 'special_needs'),
    ('работа с обучающимися с овз', 'special_needs'),
    ('читательская грамотность', 'functional_literacy'),
    ('математическая грамотность', 'functional_literacy'),
    ('естественнонаучная грамотность', 'functional_literacy'),
    ('подготовка к егэ', 'exam_preparation'),
    ('подготовка к огэ', 'exam_preparation'),
    ('подготовка к огэ и егэ', 'exam_preparation'),
    ('подготовка к егэ и огэ', 'exam_preparation'),
    ('подготовка к итоговой аттестации', 'exam_preparation'),
    ('икт', 'digital_tools'),
    ('информационно-коммуникационные технологии', 'digital_tools'),
    ('цифровые технологии в обучении', 'digital_tools'),
    ('дистанционное обучение', 'digital_tools'),
    ('подготовка к олимпиадам', 'olympiad_preparation'),
    ('олимпиадное движение', 'olympiad_preparation'),
    ('профориентационная работа', 'career_guidance'),
    ('профессиональная ориентация', 'career_guidance'),
    ('развитие детской одаренности', 'gifted_children'),
    ('работа с одаренными учащимися', 'gifted_children'),
    ('работа с одаренными обучающимися', 'gifted_children'),
    ('сопровождение одаренных детей', 'gifted_children'),
    ('работа с детьми группы риска', 'difficult_situations');

create table form_synonym (
    phrase_key text primary key,
    form_code  text        not null references mentoring_form (code),
    created_at timestamptz not null default now()
);

insert into form_synonym (phrase_key, form_code) values
    ('педагог – педагог', 'TEACHER_TEACHER'),
    ('учитель – молодой специалист', 'TEACHER_TEACHER'),
    ('педагог – молодой специалист', 'TEACHER_TEACHER'),
    ('обучающийся – обучающийся', 'PUPIL_PUPIL'),
    ('учащийся – учащийся', 'PUPIL_PUPIL'),
    ('педагог – ученик', 'TEACHER_PUPIL'),
    ('педагог – обучающийся', 'TEACHER_PUPIL'),
    ('учитель – обучающийся', 'TEACHER_PUPIL'),
    ('студент – школьник', 'STUDENT_PUPIL'),
    ('студент – обучающийся', 'STUDENT_PUPIL'),
    ('работодатель – обучающийся', 'EMPLOYER_PUPIL');

-- Kinds and formats of teacher mentoring (DOMAIN §3.2): how a mentor works with a teacher.
create table mentoring_format (
    code   text primary key,
    title  text    not null unique,
    active boolean not null default true
);

insert into mentoring_format (code, title) values
    ('TRADITIONAL', 'традиционное (один на один, долгосрочное)'),
    ('GROUP', 'наставничество в группе'),
    ('VIRTUAL', 'виртуальное (дистанционное)'),
    ('SHORT_TERM', 'краткосрочное (целеполагающее)'),
    ('REVERSE', 'реверсивное'),
    ('SITUATIONAL', 'ситуационное'),
    ('SPEED', 'скоростное'),
    ('PARTNER', 'партнёрское'),
    ('FLASH', 'флеш-наставничество');
