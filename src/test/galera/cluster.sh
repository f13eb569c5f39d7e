#!/bin/bash
# A three-node MariaDB Galera cluster on loopback for the cluster test (docs/reliability.md).
#   cluster.sh start        initialise (first time) and start the three nodes, node 1 bootstrapping
#   cluster.sh kill N       kill -9 node N
#   cluster.sh rejoin N     start node N again; it catches up from the others
#   cluster.sh status N     wsrep state of node N (Synced when it has caught up)
#   cluster.sh stop         stop every node
# GALERA_DIR (default target/galera) holds each node's data; node N listens on 127.0.0.1:433N (SQL),
# 45N1 (replication) and 44N1 (state transfer). Needs Debian's mariadb-server, galera-4 and rsync.
set -euo pipefail
DIR=$(realpath -m "${GALERA_DIR:-target/galera}")
PROVIDER=${GALERA_PROVIDER:-/usr/lib/galera/libgalera_smm.so}
MEMBERS="gcomm://127.0.0.1:4511,127.0.0.1:4521,127.0.0.1:4531"

# As root the servers run as mysql: the state transfer's rsync daemon, started by root, would write as nobody.
RUN_AS=$( [ "$(id -u)" = 0 ] && echo mysql || id -un )

port() { echo "433$1"; }
data() { echo "$DIR/node$1"; }

launch() {
  local n=$1; shift
  local d; d=$(data "$n")
  mariadbd --no-defaults --datadir="$d/db" --socket="$d/sock" --port="$(port "$n")" --bind-address=127.0.0.1 \
    --user="$RUN_AS" --pid-file="$d/pid" --log-error="$d/error.log" --skip-name-resolve \
    --innodb-buffer-pool-size=64M --innodb-log-file-size=16M --max-connections=300 \
    --binlog-format=ROW --default-storage-engine=InnoDB --innodb-autoinc-lock-mode=2 \
    --wsrep-on=ON --wsrep-provider="$PROVIDER" --wsrep-cluster-name=claimtracker \
    --wsrep-cluster-address="$MEMBERS" --wsrep-node-name="node$n" --wsrep-node-address="127.0.0.1:45${n}1" \
    --wsrep-provider-options="base_port=45${n}1;ist.recv_addr=127.0.0.1:45${n}2;gcache.size=64M" \
    --wsrep-sst-method=rsync --wsrep-sst-receive-address="127.0.0.1:44${n}1" "$@" >/dev/null 2>&1 &
}

sql() { mariadb --no-defaults --socket="$(data "$1")/sock" -uroot -N -B -e "$2"; }

wait_synced() {
  for _ in $(seq 1 240); do
    if [ "$(sql "$1" "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | cut -f2)" = "Synced" ]; then
      return 0
    fi
    sleep 0.5
  done
  echo "node $1 did not reach Synced; see $(data "$1")/error.log" >&2
  return 1
}

case "${1:-}" in
  start)
    for n in 1 2 3; do
      if [ ! -d "$(data "$n")/db/mysql" ]; then
        mkdir -p "$(data "$n")/db"
        mariadb-install-db --no-defaults --datadir="$(data "$n")/db" --user="$RUN_AS" \
          --auth-root-authentication-method=normal --skip-test-db >/dev/null
      fi
    done
    chown -R "$RUN_AS" "$DIR"
    launch 1 --wsrep-new-cluster
    wait_synced 1
    sql 1 "CREATE DATABASE IF NOT EXISTS claimtracker CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
           CREATE USER IF NOT EXISTS 'tracker'@'127.0.0.1' IDENTIFIED BY 'galera-test';
           GRANT ALL ON claimtracker.* TO 'tracker'@'127.0.0.1';"
    for n in 2 3; do launch "$n"; wait_synced "$n"; done
    ;;
  kill)
    kill -9 "$(cat "$(data "$2")/pid")"
    ;;
  rejoin)
    rm -f "$(data "$2")/pid"
    launch "$2"
    wait_synced "$2"
    ;;
  status)
    sql "$2" "SHOW STATUS LIKE 'wsrep_local_state_comment'" | cut -f2
    ;;
  stop)
    for n in 3 2 1; do
      if [ -f "$(data "$n")/pid" ]; then kill "$(cat "$(data "$n")/pid")" 2>/dev/null || true; fi
    done
    for n in 3 2 1; do
      while [ -f "$(data "$n")/pid" ] && kill -0 "$(cat "$(data "$n")/pid")" 2>/dev/null; do sleep 0.2; done
    done
    ;;
  *)
    echo "usage: $0 start | kill N | rejoin N | status N | stop" >&2
    exit 2
    ;;
esac
