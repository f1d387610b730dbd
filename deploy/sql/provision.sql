-- Creates one service's roles and database; safe to run again.
--
--   psql -v ON_ERROR_STOP=1 -v svc=school -v db=school_test -f provision.sql
--
-- <svc>_owner owns the database and runs the Flyway migrations.
-- <svc>_app is what the service connects as at run time: it owns nothing, so
-- PostgreSQL row-level security policies apply to it.
-- Passwords equal the role names: local and demo use only, loopback only.
-- Shared by deploy/local/postgres.sh and deploy/compose/postgres-init.sh.

\set owner :svc '_owner'
\set app :svc '_app'

SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'owner', :'owner')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner') \gexec
SELECT format('CREATE ROLE %I LOGIN PASSWORD %L', :'app', :'app')
 WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app') \gexec

-- CREATE DATABASE cannot run inside a DO block, hence \gexec.
SELECT format('CREATE DATABASE %I OWNER %I ENCODING %L TEMPLATE template0', :'db', :'owner', 'UTF8')
 WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'db') \gexec

-- Only the two roles of this service may connect to its database.
REVOKE ALL ON DATABASE :"db" FROM PUBLIC;
GRANT CONNECT ON DATABASE :"db" TO :"app";

\connect :"db"
GRANT USAGE ON SCHEMA public TO :"app";
-- Tables and sequences the owner's migrations create later become usable by the app role.
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO :"app";
ALTER DEFAULT PRIVILEGES FOR ROLE :"owner" IN SCHEMA public
  GRANT USAGE, SELECT ON SEQUENCES TO :"app";
