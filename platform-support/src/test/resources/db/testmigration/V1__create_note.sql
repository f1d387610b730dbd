-- A stand-in business table for the support module's own tests.
create table note (
    id   uuid primary key,
    text text not null
);
