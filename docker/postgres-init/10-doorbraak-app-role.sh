#!/bin/sh
# Runs once, when the PostgreSQL volume is first initialised: creates the role
# Doorbraak serves requests as. POSTGRES_USER (doorbraak) owns the tables and
# runs the migrations; the app gives this role its privileges at every start.
# An existing volume: run the same CREATE ROLE once by hand (docs/operations.md).
set -eu
: "${APP_DB_PASSWORD:?APP_DB_PASSWORD is not set (see .env.example)}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" -v app_password="$APP_DB_PASSWORD" <<'SQL'
CREATE ROLE doorbraak_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE PASSWORD :'app_password';
SQL
