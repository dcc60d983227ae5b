#!/bin/bash
# bench/ui-memory.sh DIST STORE [early]: the UI's peak memory. The built program (DIST/bundle/cli.js) in tmux
# 100x40 on STORE (with its caches, as an import leaves them); waits until the store is read (the process's CPU
# idle for 2 s), searches `inadequte`, opens the timeline (3), presses j 20 times, and prints the process's peak
# RSS (VmHWM) after each step. `early`: the search is typed at launch first (answered from the saved index while
# the store is read). Needs tmux; runs its own tmux server (-L m13ui). A large store with no caches beside it has
# them made first by a child process (cli/caches-apart.ts): the script waits for the dashboard and prints that
# child's peak as well.
set -u
dist=$1; store=$2; early=${3:-}
s=ui$$
tmux -L m13ui new-session -d -s $s -x 100 -y 40 "exec node $dist/bundle/cli.js --db $store"
sleep 0.5
pid=$(tmux -L m13ui list-panes -t $s -F '#{pane_pid}')
hwm() { awk '/VmHWM/{printf "%d", $2/1024}' /proc/$pid/status; }
cpu() { awk '{print $14+$15}' /proc/$pid/stat; }
idle() { # waits until the process used no CPU for 2 s (at most $1 s)
  local t=0 a b; a=$(cpu)
  while [ $t -lt $1 ]; do sleep 2; t=$((t+2)); b=$(cpu); [ "$a" = "$b" ] && return; a=$b; done
}
child_peak=0
for _ in $(seq 1200); do # the dashboard, at most 10 minutes; meanwhile the peak of a child making the caches
  tmux -L m13ui capture-pane -p -t $s | grep -q 'Authorities' && break
  for c in $(pgrep -P $pid); do
    k=$(awk '/VmHWM/{print int($2/1024)}' /proc/$c/status 2>/dev/null); [ -n "$k" ] && [ "$k" -gt "$child_peak" ] && child_peak=$k
  done
  sleep 0.5
done
[ "$child_peak" -gt 0 ] && echo "caches made apart first (the child): $child_peak MB"
if [ "$early" = early ]; then
  sleep 2; tmux -L m13ui send-keys -t $s '/'; sleep 0.3; tmux -L m13ui send-keys -t $s 'inadequte'; sleep 3
  echo "early search: $(hwm) MB"; tmux -L m13ui send-keys -t $s Escape
fi
idle 240; echo "store read (idle): $(hwm) MB"
tmux -L m13ui send-keys -t $s '/'; sleep 0.3; tmux -L m13ui send-keys -t $s 'inadequte'; idle 60; echo "search: $(hwm) MB"
tmux -L m13ui capture-pane -p -t $s | sed -n 3,4p
tmux -L m13ui send-keys -t $s Escape; sleep 0.5; tmux -L m13ui send-keys -t $s '3'; idle 120; echo "timeline: $(hwm) MB"
for i in $(seq 20); do tmux -L m13ui send-keys -t $s 'j'; sleep 0.1; done; idle 30; echo "20 j: $(hwm) MB"
tmux -L m13ui send-keys -t $s Escape; sleep 0.3; tmux -L m13ui send-keys -t $s q; sleep 2
tmux -L m13ui kill-session -t $s 2>/dev/null; true
