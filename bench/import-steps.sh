#!/usr/bin/env bash
# The peak RSS of each step of `scrutiny import` as a user runs it: the import (until the store's last write),
# the caches (the timeline's lines, the search index, its documents, the records) and each row table. The
# process's VmRSS is sampled from /proc every 100 ms; a step ends when its file is written (its mtime).
#   bench/import-steps.sh DIST CORPUS STORE      (STORE must not exist yet; its folder is made)
# Prints one line a step: its end in seconds from the start, and the largest RSS sampled in it; then the
# process's VmHWM (the peak the sampler may miss between two samples) and the load average. The samples (epoch
# seconds, RSS kB) are left in STORE.rss. Each thread's CPU is sampled every second from its schedstat (the
# process's main thread, its extraction workers and V8's helpers apart; a worker's last sample is before it
# ends) and summed by thread in STORE.threads: its id, CPU seconds, those until the store's write, and the
# seconds from the start it was first and last seen.
set -euo pipefail
dist=$1 corpus=$2 store=$3
[ -e "$store" ] && { echo "$store exists: give a fresh path" >&2; exit 2; }
mkdir -p "$(dirname "$store")"
samples="$store.rss"
start=$(date +%s.%N)
node "$dist/bundle/cli.js" import "$corpus" --db "$store" >"$store.import-out" 2>&1 &
pid=$!
hwm=0
threads="$store.threads.raw"
tick=0
while kill -0 "$pid" 2>/dev/null; do
	if ((tick++ % 10 == 0)); then
		now=$(date +%s.%N)
		for t in /proc/"$pid"/task/*; do
			# A thread that ended since the glob is skipped.
			if ns=$(cut -d' ' -f1 "$t/schedstat" 2>/dev/null); then echo "$now ${t##*/} $ns"; fi
		done >>"$threads"
	fi
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
		if [ -e "$f" ]; then echo "$(stat -c %.3Y "$f") $(basename "$f")"; fi
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
stored=$(stat -c %.3Y "$store" 2>/dev/null || echo 0)
awk -v start="$start" -v main="$pid" -v stored="$stored" '
	{ if (!($2 in first)) first[$2] = $1; last[$2] = $1; ns[$2] = $3; if ($1 <= stored) before[$2] = $3 }
	END {
		# The extraction workers end before the last write; the helper threads of V8 (its collector) live as long as
		# the process.
		for (t in ns) {
			role = t == main ? "main" : ns[t] < 1e9 ? "other" : last[t] < last[main] - 1 ? "worker" : "helper"
			printf "%s %s %.1f %.1f %.1f %.1f\n", t, role, ns[t] / 1e9, before[t] / 1e9, first[t] - start, last[t] - start
		}
	}' "$threads" | sort -k3,3nr >"$store.threads"
echo "threads (id, role, CPU s, of which until the store was written, first and last seen s; other: under 1 s):"
awk '$2 != "other"' "$store.threads"
awk '$2 == "other" { s += $3; b += $4; n++ } END { printf "%d other threads: %.1f CPU s, %.1f until the store was written\n", n, s, b }' "$store.threads"
