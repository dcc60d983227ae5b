#!/usr/bin/env bash
# Issue 13, item 2: how long from launching scrutiny to the first search answer and to the first timeline, in a
# real terminal (tmux, 100x40), with the caches an import leaves warm. The keys are sent at launch, before the
# store is read (the UI holds them until it can answer); the clock runs from launch until the answer is on the
# screen: the box holding the query and the line under it giving its results, or the timeline's title with its
# count of lines. For the timeline, the time from sending `3` to its title is given too.
#
#   bench/launch-answer.sh STORE [RUNS] [QUERY]      (needs tmux and a built dist/: npm run build)
#
# ONLY=search or ONLY=timeline runs one of the two; DIST=FOLDER runs another build (its dist/, to compare two
# builds in turn on the same store and caches).
set -euo pipefail
store=${1:?usage: bench/launch-answer.sh STORE [RUNS] [QUERY]}
runs=${2:-3}
query=${3:-commissioner appointed}
root=$(cd "$(dirname "$0")/.." && pwd)
dist=${DIST:-$root/dist}
only=${ONLY:-}
session=launch$$
# A tmux server of this script's own, kept up by a session that idles until the end: a server whose last session
# is killed exits, and a session started at that moment can meet it exiting ("server exited unexpectedly").
socket=bench$$
tmx() { tmux -L "$socket" "$@"; }
tmx new-session -d -s keep -x 20 -y 5 'sleep 86400'
trap 'tmx kill-server 2>/dev/null || true' EXIT

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
pane() { tmx capture-pane -p -t $session; }
wait_for() { # PATTERN TIMEOUT_S
	local deadline=$(( $(now_ms) + $2 * 1000 ))
	until pane | grep -qE -- "$1"; do
		[ "$(now_ms)" -lt "$deadline" ] || { echo "timed out waiting for /$1/" >&2; pane >&2; return 1; }
		sleep 0.01
	done
}
regex_quote() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'; }
launch() { tmx new-session -d -s $session -x 100 -y 40 "env -u CI node '$dist/bundle/cli.js' --db '$store'"; }
quit() { tmx send-keys -t $session Escape q; sleep 0.3; tmx kill-session -t $session 2>/dev/null || true; }

# A warm-up: the first start after an import (or a save) builds what the later ones load.
launch
tmx send-keys -t $session /
tmx send-keys -t $session -l "$query"
wait_for "^[0-9]+\+? results?" 600
sleep 2
quit

first_search() {
	local start
	start=$(now_ms)
	launch
	wait_for "Authorities" 120
	frame_ms=$(( $(now_ms) - start ))
	tmx send-keys -t $session /
	tmx send-keys -t $session -l "$query"
	wait_for "› $(regex_quote "$query")" 300
	wait_for "^[0-9]+\+? results?" 300
	search_ms=$(( $(now_ms) - start ))
	quit
}
first_timeline() {
	local start key
	start=$(now_ms)
	launch
	wait_for "Authorities" 120
	key=$(now_ms)
	tmx send-keys -t $session 3
	wait_for "Timeline · [0-9]" 300
	timeline_ms=$(( $(now_ms) - start ))
	timeline_key_ms=$(( $(now_ms) - key ))
	quit
}

for (( run = 1; run <= runs; run++ )); do
	frame_ms=- search_ms=- timeline_ms=- timeline_key_ms=-
	[ "$only" = timeline ] || first_search
	[ "$only" = search ] || first_timeline
	echo "run=$run first_frame_ms=$frame_ms first_search_answer_ms=$search_ms first_timeline_ms=$timeline_ms timeline_after_key_ms=$timeline_key_ms"
done
