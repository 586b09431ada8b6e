#!/usr/bin/env bash
# GitHub API benchmark (issue 11): a synthetic organisation of REPOS repositories, PRS merged pull requests and
# PEOPLE contributors served by the Sandbox; reports the wall time of `elections voters generate --github` and
# the API calls it made (GET /_sandbox/requests). Targets: <= 2 minutes, <= 5,000 calls.
# Usage: bench/voters/github-bench.sh [REPOS] [PRS] [PEOPLE]   (defaults 200 100000 5000)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
repos="${1:-200}"; prs="${2:-100000}"; people="${3:-5000}"
work="$(mktemp -d)"
port=$((20000 + RANDOM % 20000))
dotnet build "$root/src/Elections.Cli" -c Release -nologo -v quiet >/dev/null
elections="$root/src/Elections.Cli/bin/Release/net10.0/elections"
"$elections" sandbox --urls "http://127.0.0.1:$port" > "$work/sandbox.log" 2>&1 &
sandbox=$!
trap 'kill $sandbox 2>/dev/null; rm -rf "$work"' EXIT
S="http://127.0.0.1:$port"
for _ in $(seq 1 100); do curl -fs "$S/_sandbox/requests" >/dev/null 2>&1 && break; sleep 0.2; done
curl -fs -X POST "$S/_sandbox/orgs" -d '{"login":"benchorg"}' >/dev/null
python3 - "$S" "$repos" "$prs" "$people" <<'PY'
import json, random, sys, urllib.request
S, repos, prs, people = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
rng = random.Random(1)
def post(path, body):
    req = urllib.request.Request(S + path, data=json.dumps(body).encode(), method="POST", headers={"Content-Type": "application/json"})
    urllib.request.urlopen(req).read()
per = prs // repos
for r in range(repos):
    post("/_sandbox/repos", {"owner": "benchorg", "name": f"repo{r}", "files": {"README.md": "bench\n"}})
    pulls = []
    for i in range(per):
        t = 1704067200 + rng.randrange(365 * 86400)  # 2024
        stamp = lambda s: __import__("datetime").datetime.fromtimestamp(s, __import__("datetime").timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
        pulls.append({"author": f"dev{rng.randrange(people)}", "merged_by": f"dev{rng.randrange(people // 20)}", "commits": rng.randrange(1, 12),
                      "created_at": stamp(t - 86400), "merged_at": stamp(t)})
    post(f"/_sandbox/repos/benchorg/repo{r}/merged-pulls", {"pulls": pulls})
PY
mkdir -p "$work/repo"
cp -r "$root/config" "$root/candidates" "$work/repo/"
sed -i 's/contributions_from: .*/contributions_from: 2024-01-01/; s/contributions_until: .*/contributions_until: 2025-01-01/; s/organizations: .*/organizations: [benchorg]/' "$work/repo/config/election.yml"
before=$(curl -fs "$S/_sandbox/requests" | python3 -c 'import json,sys; print(len(json.load(sys.stdin)))')
start=$(date +%s.%N)
GH_TOKEN=bench-token ELECTIONS_GITHUB_API_URL="$S/" GITHUB_GRAPHQL_URL="$S/graphql" "$elections" voters generate --repo "$work/repo" --github --out "$work/repo/voters.json" | tail -1
end=$(date +%s.%N)
curl -fs "$S/_sandbox/requests" | python3 -c "
import json, sys
r = json.load(sys.stdin)[$before:]
print(f'API calls: {len(r)} ({sum(1 for x in r if x[\"path\"] == \"/graphql\")} GraphQL)')"
python3 -c "print(f'wall time: {$end - $start:.1f} s for $prs merged pull requests in $repos repositories, $people contributors')"
