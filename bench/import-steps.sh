#!/usr/bin/env bash
# The peak RSS of each step of `scrutiny import` as a user runs it: the import (until the store's last write),
# the caches (the timeline's lines, the search index, its documents, the records) and each row table. The
# process's VmRSS is sampled from /proc every 100 ms; a step ends when its file is written (its mtime).
#   bench/import-steps.sh DIST CORPUS STORE      (STORE must not exist yet; its folder is made)
# Prints one line a step: its end in seconds from the start, and the largest RSS sampled in it; then the
# process's VmHWM (the peak the sampler may miss between two samples) and the load average. The samples (epoch
# seconds, RSS kB) are left in STORE.rss.
set -euo pipefail
dist=$1 corpus=$2 store=$3
[ -e "$store" ] && { echo "$store exists: give a fresh path" >&2; exit 2; }
mkdir -p "$(dirname "$store")"
samples="$store.rss"
start=$(date +%s.%N)
node "$dist/bundle/cli.js" import "$corpus" --db "$store" >"$store.import-out" 2>&1 &
pid=$!
hwm=0
while kill -0 "$pid" 2>/dev/null; do
	if status=$(cat "/proc/$pid/status" 2>/dev/null); then
		rss=$(awk '/^VmRSS/ {print $2}' <<<"$status")
		h=$(awk '/^VmHWM/ {print $2}' <<<"$status")
		[ -n "$h" ] && hwm=$h
		[ -n "$rss" ] && echo "$(date +%s.%N) $rss" >>"$samples"
	fi
	sleep 0.1
done
wait "$pid" || echo "import exited with status $?" >&2
ends=$(
	for f in "$store" "$store.timeline" "$store.search-index" "$store.search-docs" "$store.records" "$store".lists/*.index "$store".lists/compare.side; do
		[ -e "$f" ] && echo "$(stat -c %.3Y "$f") $(basename "$f")"
	done | sort -n | awk '!seen[$1]++'
)
echo "step (ends at s)             peak RSS MB"
awk -v start="$start" -v ends="$ends" '
	BEGIN { n = split(ends, lines, "\n"); for (i = 1; i <= n; i++) { split(lines[i], p, " "); t[i] = p[1]; name[i] = p[2] } }
	{ for (i = 1; i <= n && $1 > t[i]; i++); if ($2 > peak[i]) peak[i] = $2 }
	END {
		for (i = 1; i <= n + 1; i++) {
			label = i <= n ? name[i] : "(after the last file)"
			printf "%-22s %7s %8.0f\n", label, (i <= n ? sprintf("%.1f", t[i] - start) : "-"), peak[i] / 1024
		}
	}' "$samples"
echo "VmHWM $((hwm / 1024)) MB; load $(cut -d' ' -f1-3 /proc/loadavg)"
