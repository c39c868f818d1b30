#!/usr/bin/env bash
# Two instances of crm-copilot on one PostgreSQL database behind nginx, on this machine,
# driven by `copilot bench ingest --url` through nginx; everything started is stopped at the end.
#   COPILOT_DB_URL=jdbc:postgresql://127.0.0.1:5432/<db> COPILOT_DB_USER=... COPILOT_DB_PASSWORD=... \
#     deploy/nginx/two-instances.sh [bench ingest options, e.g. --seconds 20 --clients 20]
# Needs: nginx (apt-get install nginx), an empty database.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
: "${COPILOT_DB_URL:?set COPILOT_DB_URL to an empty PostgreSQL database}"
PORT_A=${PORT_A:-18081}
PORT_B=${PORT_B:-18082}
PORT_LB=${PORT_LB:-18080}
HEAP=${HEAP:-512m}
WORK="$(mktemp -d)"
PIDS=()

stop() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [[ -f "$WORK/nginx.pid" ]] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  echo "logs: $WORK" >&2
}
trap stop EXIT

# the launcher finds the JDK and passes the service's JVM options
export COPILOT_JAVA_OPTS="-Xmx$HEAP"
TOKEN="cc_bench_$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export COPILOT_SECRET_KEY="${COPILOT_SECRET_KEY:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
export COPILOT_DEMO=false COPILOT_BOOTSTRAP_TOKEN="$TOKEN" COPILOT_PUBLIC_URL="http://127.0.0.1:$PORT_LB"

start() { # name port
  COPILOT_DATA_DIR="$WORK/$1" "$ROOT/copilot" serve --server.port="$2" --server.address=127.0.0.1 \
    --copilot.ai.llm.provider=none >"$WORK/$1.log" 2>&1 &
  PIDS+=($!)
}

await_up() { # port
  for _ in $(seq 1 300); do
    curl -fs -o /dev/null "http://127.0.0.1:$1/actuator/health" && return 0
    sleep 1
  done
  echo "instance on port $1 did not start" >&2; exit 1
}

# the first instance creates the bootstrap workspace; the second finds it
start a "$PORT_A"; await_up "$PORT_A"
start b "$PORT_B"; await_up "$PORT_B"

cat >"$WORK/nginx.conf" <<CONF
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 1024; }
http {
    log_format upstream '\$upstream_addr \$status';
    access_log $WORK/nginx-access.log upstream;
    upstream copilot {
        least_conn;
        server 127.0.0.1:$PORT_A;
        server 127.0.0.1:$PORT_B;
        keepalive 32;
    }
    server {
        listen 127.0.0.1:$PORT_LB;
        client_max_body_size 30m;
        location / {
            proxy_pass http://copilot;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host \$host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_read_timeout 120s;
            proxy_next_upstream error timeout;
        }
    }
}
CONF
nginx -c "$WORK/nginx.conf" -p "$WORK" -e "$WORK/nginx-error.log"

COPILOT_JAVA_OPTS=-Xmx256m "$ROOT/copilot" bench ingest --url "http://127.0.0.1:$PORT_LB" --token "$TOKEN" "$@"
echo "requests per instance and status (nginx's upstream log):"
awk '{print $1, $2}' "$WORK/nginx-access.log" | sort | uniq -c
grep -h "WARNING" "$WORK/a.log" "$WORK/b.log" | sort | uniq -c | head -5 || true
