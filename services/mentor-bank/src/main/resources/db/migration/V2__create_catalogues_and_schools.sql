-- Managed lists the methodist keeps: the competency taxonomy and the catalogue of mentoring forms
-- with their role variants (seeded from the federal target model; the seeds are editable data,
-- not code, because the official lists are not verified).
create table school (
    id         text primary key,
    name       text        not null,
    short_name text        not null,
    created_at timestamptz not null default now()
);

create table competency (
    code   text primary key,
    title  text    not null unique,
    active boolean not null default true
);

insert into competency (code, title) values
    ('modern_lesson', 'организация современного урока'),
    ('formative_assessment', 'формирующее оценивание'),
    ('project_activity', 'проектная деятельность'),
    ('special_needs', 'работа с детьми с ОВЗ'),
    ('functional_literacy', 'функциональная грамотность'),
    ('exam_preparation', 'подготовка к ГИА'),
    ('digital_tools', 'цифровые образовательные технологии'),
    ('class_teacher', 'классное руководство'),
    ('olympiad_preparation', 'олимпиадная подготовка'),
    ('career_guidance', 'профориентация'),
    ('gifted_children', 'работа с одарёнными детьми'),
    ('difficult_situations', 'сопровождение детей в трудной жизненной ситуации');

create table mentoring_form (
    code   text primary key,
    title  text    not null unique,
    active boolean not null default true
);

insert into mentoring_form (code, title) values
    ('PUPIL_PUPIL', 'ученик – ученик'),
    ('TEACHER_TEACHER', 'учитель – учитель'),
    ('STUDENT_PUPIL', 'студент – ученик'),
    ('EMPLOYER_PUPIL', 'работодатель – ученик'),
    ('EMPLOYER_STUDENT', 'работодатель – студент'),
    ('TEACHER_UNIVERSITY_STUDENT', 'учитель – студент вуза'),
    ('LEADER_PROJECT_TEAM', 'лидер – проектная команда'),
    ('TEACHER_PROJECT_TEAM', 'учитель – проектная команда');

create table form_variant (
    form_code text not null references mentoring_form (code),
    title     text not null,
    primary key (form_code, title)
);

insert into form_variant (form_code, title) values
    ('PUPIL_PUPIL', 'успевающий – неуспевающий'),
    ('PUPIL_PUPIL', 'лидер – пассивный'),
    ('PUPIL_PUPIL', 'равный – равному'),
    ('PUPIL_PUPIL', 'адаптированный – неадаптированный'),
    ('TEACHER_TEACHER', 'опытный педагог – молодой специалист'),
    ('TEACHER_TEACHER', 'опытный классный руководитель – молодой специалист'),
    ('TEACHER_TEACHER', 'лидер педагогического сообщества – педагог, испытывающий проблемы'),
    ('TEACHER_TEACHER', 'педагог-новатор – консервативный педагог'),
    ('TEACHER_TEACHER', 'опытный предметник – неопытный предметник'),
    ('STUDENT_PUPIL', 'успевающий – неуспевающий'),
    ('STUDENT_PUPIL', 'лидер – равнодушный'),
    ('STUDENT_PUPIL', 'равный – другому'),
    ('STUDENT_PUPIL', 'куратор – автор проекта'),
    ('EMPLOYER_PUPIL', 'активный профессионал – равнодушный потребитель'),
    ('EMPLOYER_PUPIL', 'коллега – молодой коллега'),
    ('EMPLOYER_PUPIL', 'работодатель – будущий сотрудник'),
    ('EMPLOYER_STUDENT', 'активный профессионал – равнодушный потребитель'),
    ('EMPLOYER_STUDENT', 'коллега – молодой коллега'),
    ('EMPLOYER_STUDENT', 'работодатель – будущий сотрудник');
