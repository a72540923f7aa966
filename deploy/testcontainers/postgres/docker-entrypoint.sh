#!/bin/bash
# The official postgres image's contract, in short: on first start initdb with POSTGRES_USER / POSTGRES_PASSWORD and
# create POSTGRES_DB through a socket-only temporary server (so "ready to accept connections" is logged twice, which is
# what Testcontainers waits for), then run postgres as pid 1 with the arguments given after "postgres".
set -euo pipefail
bin=/usr/lib/postgresql/15/bin
export PGDATA=${PGDATA:-/var/lib/postgresql/data}

if [ "$(id -u)" = 0 ]; then
    mkdir -p "$PGDATA" /var/run/postgresql
    chown -R postgres:postgres "$PGDATA" /var/run/postgresql
    chmod 700 "$PGDATA"
    exec setpriv --reuid=postgres --regid=postgres --init-groups "$0" "$@"
fi
if [ "${1:-}" = postgres ]; then
    shift
fi

user=${POSTGRES_USER:-postgres}
database=${POSTGRES_DB:-$user}
if [ ! -s "$PGDATA/PG_VERSION" ]; then
    password_file=$(mktemp)
    printf '%s' "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD must be set}" > "$password_file"
    "$bin/initdb" -D "$PGDATA" -U "$user" --pwfile="$password_file" -E UTF8 --locale=C \
        --auth-host=scram-sha-256 --auth-local=trust
    rm -f "$password_file"
    # Clients come through Docker's port proxy, not from 127.0.0.1.
    echo "host all all all scram-sha-256" >> "$PGDATA/pg_hba.conf"
    "$bin/pg_ctl" -D "$PGDATA" -w -o "-c listen_addresses='' -c unix_socket_directories=/var/run/postgresql" start
    if [ "$database" != postgres ]; then
        "$bin/psql" -h /var/run/postgresql -U "$user" -d postgres -v ON_ERROR_STOP=1 \
            -c "CREATE DATABASE \"$database\""
    fi
    "$bin/pg_ctl" -D "$PGDATA" -w -m fast stop
fi
exec "$bin/postgres" -D "$PGDATA" -c listen_addresses='*' -c unix_socket_directories=/var/run/postgresql "$@"
