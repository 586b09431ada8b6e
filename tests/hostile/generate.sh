#!/usr/bin/env bash
# Generates the hostile-input corpus (issue 8) into OUT: one folder per case, each holding the
# inputs and a `case` file read by run.sh:
#   line 1: the expected exit code (2 bad input, 0 valid)
#   line 2: text the output must contain (the file the problem is in)
#   line 3: text the output must NOT contain (or empty)
#   line 4: the CLI arguments; {dir} stands for the case folder
# Nothing large is committed: big and deep files are written here, at test time.
set -euo pipefail
out="${1:?usage: generate.sh OUT}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
mkdir -p "$out"

# new_case NAME EXIT MUST [MUST_NOT] ARGS...: a case folder with a copy of the sample election in repo/.
new_case() {
  local name="$1" exit="$2" must="$3" mustnot="$4"; shift 4
  dir="$out/$name"
  mkdir -p "$dir/repo"
  cp -r "$root/config" "$root/voters.json" "$root/candidates" "$dir/repo/"
  printf '%s\n%s\n%s\n%s\n' "$exit" "$must" "$mustnot" "$*" > "$dir/case"
}

validate() { new_case "$1" "$2" "$3" "${4:-}" validate --repo '{dir}/repo'; }
status() { new_case "$1" "$2" "$3" "${4:-}" status --repo '{dir}/repo' --at 2026-09-20T00:00:00Z; }
repeat() { local i; for ((i = 0; i < $2; i++)); do printf '%s' "$1"; done; }
config="repo/config/election.yml"
candidate="repo/candidates/amara-okafor.md"

# --- issue 8 item 2: YAML that crashed validate and status -----------------------------------
for command in validate status; do
  $command "$command-yaml-self-alias" 2 config/election.yml
  printf 'extra: &x {self: *x}\n' >> "$dir/$config"
  $command "$command-yaml-deep-flow" 2 config/election.yml
  { printf 'extra: '; repeat '[' 20000; repeat ']' 20000; printf '\n'; } >> "$dir/$config"
done
laughs() { # laughs LEVELS: the "billion laughs" anchors, each level ten aliases of the one before
  local level list
  printf 'l0: &l0 "lol"\n'
  for ((level = 1; level <= $1; level++)); do
    list="$(repeat "*l$((level - 1)), " 9)*l$((level - 1))"
    printf 'l%d: &l%d [%s]\n' "$level" "$level" "$list"
  done
}
for levels in 7 8 9; do
  validate "validate-yaml-laughs-$levels" 2 config/election.yml
  laughs "$levels" >> "$dir/$config"
done
validate validate-yaml-laughs-as-field 2 config/election.yml
sed -i '/^voters_team:/d' "$dir/$config"
{ laughs 9; printf 'voters_team: *l9\n'; } >> "$dir/$config"
validate validate-candidate-deep-flow 2 candidates/amara-okafor.md
{ printf -- '---\nname: '; repeat '[' 20000; repeat ']' 20000; printf '\n---\nBody.\n'; } > "$dir/$candidate"
validate validate-candidate-self-alias 2 candidates/amara-okafor.md
printf -- '---\nname: &x [*x]\n---\nBody.\n' > "$dir/$candidate"
validate validate-candidate-laughs 2 candidates/amara-okafor.md
{ printf -- '---\n'; laughs 9; printf -- '---\nBody.\n'; } > "$dir/$candidate"

# --- item 3: files outside the repository, special files ---------------------------------------
validate validate-config-symlink-etc-passwd 2 config/election.yml 'root:'
ln -sf /etc/passwd "$dir/$config"
validate validate-config-folder-symlink 2 config/election.yml
mkdir -p "$dir/elsewhere" && mv "$dir/repo/config" "$dir/elsewhere/config" && ln -s ../elsewhere/config "$dir/repo/config"
validate validate-candidate-dev-zero 2 candidates/zero.md
ln -s /dev/zero "$dir/repo/candidates/zero.md"
validate validate-candidate-fifo 2 candidates/fifo.md
mkfifo "$dir/repo/candidates/fifo.md"
validate validate-roll-fifo 2 voters.json
rm "$dir/repo/voters.json" && mkfifo "$dir/repo/voters.json"
validate validate-candidate-symlink-inside 2 candidates/link.md
ln -s amara-okafor.md "$dir/repo/candidates/link.md"
validate validate-candidate-folder 2 candidates/nested.md
mkdir -p "$dir/repo/candidates/nested.md"

# --- item 7: tally cost -----------------------------------------------------------------------
blt() { # blt CANDIDATES BALLOTS RANKS: a BLT file with one seat
  awk -v n="$1" -v b="$2" -v r="$3" 'BEGIN {
    print n, 1; s = 7
    for (i = 0; i < b; i++) { line = "1"; for (k = 0; k < r; k++) { s = (s * 1103515245 + 12345) % 2147483648; line = line " " (s % n) + 1 }; print line, 0 }
    print 0; for (c = 1; c <= n; c++) printf "\"C%05d\"\n", c; print "\"hostile\"" }' | awk '{
      # drop repeated candidates within a ballot line
      if (NF > 2 && $NF == 0 && $1 ~ /^[0-9]+$/) { delete seen; out = $1; for (i = 2; i < NF; i++) if (!seen[$i]++) out = out " " $i; print out, 0 } else print }'
}
new_case tally-meek-4000 2 ballots.blt '' tally '{dir}/ballots.blt' --method meek
blt 4000 200 10 > "$dir/ballots.blt"
new_case tally-meek-10000 2 ballots.blt '' tally '{dir}/ballots.blt' --method meek
blt 10000 200 10 > "$dir/ballots.blt"
new_case tally-ranked-pairs-500 0 ranked-pairs '' tally '{dir}/ballots.blt' --method ranked-pairs
blt 500 200 20 > "$dir/ballots.blt"
new_case tally-ranked-pairs-1001 2 ballots.blt '' tally '{dir}/ballots.blt' --method ranked-pairs
blt 1001 200 20 > "$dir/ballots.blt"
new_case tally-debian-1000 2 ballots.blt '' tally '{dir}/ballots.blt' --method debian
blt 1000 200 20 > "$dir/ballots.blt"

# --- item 8: exit 1 without the file named ----------------------------------------------------
validate validate-date-9999 2 config/election.yml
sed -i 's/^  results: .*/  results: 9999-12-31/' "$dir/$config"
validate validate-roll-lone-surrogate 2 voters.json
sed -i '0,/"login": "amara-okafor"/s//"login": "amara\\ud800"/' "$dir/repo/voters.json"
validate validate-candidate-unclosed-bracket 2 candidates/amara-okafor.md
printf -- '---\nname: [Amara\nemail: a@example.org\n---\nBody.\n' > "$dir/$candidate"
new_case tally-weight-overflow 2 ballots.blt '' tally '{dir}/ballots.blt' --method plurality
{ printf '2 1\n'; repeat '999999999999999999 1 0\n' 10 | sed 's/\\n/\n/g'; printf '0\n"A"\n"B"\n"t"\n'; } > "$dir/ballots.blt"

# --- cases that already behaved: they must keep behaving ---------------------------------------
validate validate-sample-valid 0 valid
validate validate-config-bom-crlf 0 valid
{ printf '\xef\xbb\xbf'; sed 's/$/\r/' "$dir/$config"; } > "$dir/tmp" && mv "$dir/tmp" "$dir/$config"
validate validate-bad-date 2 config/election.yml
sed -i 's/^  kickoff: .*/  kickoff: 2026-13-45/' "$dir/$config"
validate validate-unknown-field 2 config/election.yml
printf 'seets: 7\n' >> "$dir/$config"
validate validate-config-empty 2 config/election.yml
: > "$dir/$config"
validate validate-config-missing 2 config/election.yml
rm "$dir/$config"
validate validate-config-binary 2 config/election.yml
head -c 4096 /dev/urandom > "$dir/$config"; printf '\0' >> "$dir/$config"
validate validate-config-huge 2 config/election.yml
{ cat "$dir/$config"; repeat '# padding padding padding padding padding padding padding padding\n' 40000 | sed 's/\\n/\n/g'; } > "$dir/tmp" && mv "$dir/tmp" "$dir/$config"
validate validate-roll-duplicate-id 2 voters.json
sed -i '0,/"id": 1000002/s//"id": 1000001/' "$dir/repo/voters.json"
validate validate-roll-broken-json 2 voters.json
head -c 300 "$root/voters.json" > "$dir/repo/voters.json"
validate validate-roll-deep-json 2 voters.json
{ repeat '[' 100000; repeat ']' 100000; } > "$dir/repo/voters.json"
validate validate-roll-huge 2 voters.json
truncate -s 40M "$dir/repo/voters.json"
validate validate-roll-unknown-field 2 voters.json
sed -i '0,/"status": "active"/s//"status": "active", "shoe_size": 44/' "$dir/repo/voters.json"
validate validate-candidate-binary 2 candidates/amara-okafor.md
printf -- '---\nname: \0\n---\n' > "$dir/$candidate"
new_case tally-bad-lines 2 ballots.blt '' tally '{dir}/ballots.blt' --method meek
printf '3 1\n1 1 2 0\n1 x y 0\n1 9 0\n0\n"A"\n"B"\n"C"\n"t"\n' > "$dir/ballots.blt"
new_case convert-bad-lines 2 ballots.blt '' ballots convert '{dir}/ballots.blt' '{dir}/out.csv' --to civs
printf '3 1\n1 1 2 0\n1 x y 0\n0\n"A"\n"B"\n"C"\n"t"\n' > "$dir/ballots.blt"
new_case tally-ballots-fifo 2 ballots.blt '' tally '{dir}/ballots.blt' --method plurality
mkfifo "$dir/ballots.blt"
new_case tally-ballots-binary 2 ballots.blt '' tally '{dir}/ballots.blt' --method plurality
head -c 65536 /dev/urandom > "$dir/ballots.blt"
