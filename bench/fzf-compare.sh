#!/usr/bin/env bash
# Issue 5's terminal target: typing a query into scrutiny's search shows its answer no later than fzf does on
# the same quotes. Both run in a real terminal (tmux, 100x40); the query is typed a key at a time (30 ms apart,
# a fast typist) once each program is ready, and the clock runs from the last key until the answer is on the
# screen: for fzf its match counter shows the final count (`fzf --filter` gives it beforehand); for scrutiny the
# box holds the whole query and the line under it gives the results of that query (not `searching…`).
#
#   bench/fzf-compare.sh STORE [RUNS] [QUERY...]      (needs tmux, fzf and a built dist/: npm run build)
#
# LAUNCH=1 times both from launch instead (issue 13): each program is started, the query sent at once as its
# first frame shows (fzf's prompt, scrutiny's dashboard: `/` then the query, searching every kind as
# bench/launch-answer.sh does), and the clock runs from launch until the answer is on the screen, the two in turn.
# DIST=FOLDER runs another build of scrutiny.
set -euo pipefail
store=${1:?usage: bench/fzf-compare.sh STORE [RUNS] [QUERY...]}
runs=${2:-3}
shift $(( $# >= 2 ? 2 : 1 ))
queries=("$@")
[ ${#queries[@]} -gt 0 ] || queries=("commissioner appointed" "improvement board chair" "social workers caseloads")
session=fzfcmp$$
# A tmux server of this script's own, kept up by a session that idles until the end: a server whose last session
# is killed exits, and a session started at that moment can meet it exiting ("server exited unexpectedly").
socket=bench$$
tmx() { tmux -L "$socket" "$@"; }
tmx new-session -d -s keep -x 20 -y 5 'sleep 86400'
root=$(cd "$(dirname "$0")/.." && pwd)
dist=${DIST:-$root/dist}
work=$(mktemp -d)
trap 'tmx kill-server 2>/dev/null || true; rm -rf "$work"' EXIT

# The same quotes scrutiny searches in its quotes scope, one per line (QUOTES=FILE: read from there, written there
# the first time, since reading a large store takes a while).
quotes=${QUOTES:-$work/quotes.txt}
[ -s "$quotes" ] || node --input-type=module -e "
import {openStore} from '$root/dist/corpus/store/index.js';
const s = await openStore(process.argv[1], {readOnly: true});
process.stdout.write(s.data.quotes.map((q) => q.text.replace(/\s+/g, ' ')).join('\n') + '\n');
" "$store" > "$quotes"
echo "quotes: $(wc -l < "$quotes")"

now_ms() { echo $(( $(date +%s%N) / 1000000 )); }
pane() { tmx capture-pane -p -t $session; }
wait_for() { # PATTERN TIMEOUT_S
	local deadline=$(( $(now_ms) + $2 * 1000 ))
	until pane | grep -qE -- "$1"; do
		[ "$(now_ms)" -lt "$deadline" ] || { echo "timed out waiting for /$1/" >&2; pane >&2; return 1; }
		sleep 0.01
	done
}
type_slowly() {
	local text=$1 i
	for (( i = 0; i < ${#text}; i++ )); do
		tmx send-keys -t $session -l "${text:i:1}"
		sleep 0.03
	done
}
regex_quote() { printf '%s' "$1" | sed 's/[][\.*^$+?(){}|/]/\\&/g'; }

total=$(wc -l < "$quotes" | tr -d ' ')
if [ -n "${LAUNCH:-}" ]; then
	for query in "${queries[@]}"; do
		expected=$(fzf --filter "$query" < "$quotes" | wc -l | tr -d ' ')
		for (( run = 1; run <= runs; run++ )); do
			start=$(now_ms)
			tmx new-session -d -s $session -x 100 -y 40 "fzf < '$quotes'"
			wait_for "^> " 60
			tmx send-keys -t $session -l "$query"
			# fzf matches the query again as its input streams in: a minute and more on a loaded machine.
			wait_for " $expected/$total" 300
			fzf_ms=$(( $(now_ms) - start ))
			tmx kill-session -t $session

			start=$(now_ms)
			tmx new-session -d -s $session -x 100 -y 40 "env -u CI node '$dist/bundle/cli.js' --db '$store'"
			wait_for "Authorities" 120
			tmx send-keys -t $session /
			tmx send-keys -t $session -l "$query"
			wait_for "› $(regex_quote "$query")" 300
			wait_for "^[0-9]+\+? results?" 300
			ui_ms=$(( $(now_ms) - start ))
			tmx send-keys -t $session Escape q
			sleep 0.3
			tmx kill-session -t $session 2>/dev/null || true
			echo "query=\"$query\" run=$run from_launch fzf_ms=$fzf_ms scrutiny_ms=$ui_ms (fzf matches: $expected of $total)"
		done
	done
	exit 0
fi
for query in "${queries[@]}"; do
	expected=$(fzf --filter "$query" < "$quotes" | wc -l | tr -d ' ')
	for (( run = 1; run <= runs; run++ )); do
		tmx new-session -d -s $session -x 100 -y 40 "fzf < '$quotes'"
		wait_for " $total/$total" 60
		type_slowly "$query"
		start=$(now_ms)
		wait_for " $expected/$total" 60
		fzf_ms=$(( $(now_ms) - start ))
		tmx kill-session -t $session

		tmx new-session -d -s $session -x 100 -y 40 "env -u CI node '$dist/bundle/cli.js' --db '$store'"
		wait_for "Authorities" 120
		# The search view in the quotes scope, once the store is read (the recent quotes are listed).
		tmx send-keys -t $session /
		tmx send-keys -t $session Tab
		wait_for "most recent quotes" 300
		type_slowly "$query"
		start=$(now_ms)
		wait_for "› $(regex_quote "$query")" 60
		wait_for "^[0-9]+\+? results?" 60
		ui_ms=$(( $(now_ms) - start ))
		tmx send-keys -t $session Escape q
		sleep 0.3
		tmx kill-session -t $session 2>/dev/null || true
		echo "query=\"$query\" run=$run fzf_ms=$fzf_ms scrutiny_ms=$ui_ms (fzf matches: $expected of $total)"
	done
done
