#!/usr/bin/env bash
# Installs (Debian `postgresql`, when missing) and starts a local PostgreSQL for the store tests,
# creates the test role and database, and prints the connection string to use as
# ELECTIONS_TEST_POSTGRES. Idempotent: safe to run again on a machine where it already ran.
set -euo pipefail

role="${ELECTIONS_PG_ROLE:-elections_test}"
password="${ELECTIONS_PG_PASSWORD:-elections_test}"
database="${ELECTIONS_PG_DATABASE:-elections_test}"
port="${ELECTIONS_PG_PORT:-5432}"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  echo "postgres.sh: installing postgresql (Debian)" >&2
  as_root apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >&2
fi

version="$(ls /usr/lib/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$version main"; then
  as_root pg_createcluster "$version" main >&2
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $4}' | grep -qx online; then
  as_root pg_ctlcluster "$version" main start >&2
fi

psql_admin() { as_root su postgres -c "psql -v ON_ERROR_STOP=1 -qtAX -p $port $*"; }
for _ in $(seq 1 30); do
  if psql_admin "-c 'select 1'" >/dev/null 2>&1; then break; fi
  sleep 1
done

if [ "$(psql_admin "-c \"select 1 from pg_roles where rolname = '$role'\"")" != "1" ]; then
  psql_admin "-c \"create role $role login password '$password'\"" >&2
fi
if [ "$(psql_admin "-c \"select 1 from pg_database where datname = '$database'\"")" != "1" ]; then
  psql_admin "-c \"create database $database owner $role\"" >&2
fi

echo "Host=127.0.0.1;Port=$port;Username=$role;Password=$password;Database=$database"
