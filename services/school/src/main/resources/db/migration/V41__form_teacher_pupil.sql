-- «учитель – ученик»: the mentor bank's catalogue has it (its demo teachers and parents lead it) and
-- matching explains it, but the school's own titles lacked it, so a programme could not run it and a
-- teacher mentoring a pupil had no right form on the assignment order.
insert into form_title (code, title) values ('TEACHER_PUPIL', 'учитель – ученик') on conflict (code) do nothing;
