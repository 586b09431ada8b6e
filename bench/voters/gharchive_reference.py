#!/usr/bin/env python3
"""An independent, deliberately simple computation of the eligibility rule over GH Archive hour files.

Usage: gharchive_reference.py DIR FROM UNTIL ORGS(comma) MIN_COMMITS MIN_MERGES [EXCLUDED_IDS(comma)]
Prints the eligible ids, one a line, sorted. Bots (type Bot or login ending [bot]) are left out.
"""
import glob, gzip, json, sys
from datetime import datetime

d, frm, until, orgs, min_c, min_m = sys.argv[1:7]
excluded = {int(x) for x in sys.argv[7].split(",") if x} if len(sys.argv) > 7 else set()
orgs = {o.lower() for o in orgs.split(",")}
ts = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00"))
frm, until = ts(frm), ts(until)
prs = {}
for path in sorted(glob.glob(d + "/*.json.gz")):
    with gzip.open(path, "rt") as f:
        for line in f:
            if not line.strip():
                continue
            e = json.loads(line)
            if e.get("type") != "PullRequestEvent":
                continue
            p = e["payload"]
            pr = p.get("pull_request") or {}
            if p.get("action") != "closed" or pr.get("merged") is not True:
                continue
            if e["repo"]["name"].split("/")[0].lower() not in orgs:
                continue
            at = ts(pr.get("merged_at") or e["created_at"])
            if not (frm <= at < until):
                continue
            prs[pr["id"]] = pr
commits, merges, bot = {}, {}, set()
for pr in prs.values():
    for who, key in ((pr.get("user"), "a"), (pr.get("merged_by"), "m")):
        if not who:
            continue
        if who.get("type") == "Bot" or who["login"].lower().endswith("[bot]"):
            bot.add(who["id"])
        if key == "a":
            commits[who["id"]] = commits.get(who["id"], 0) + pr.get("commits", 0)
        else:
            merges[who["id"]] = merges.get(who["id"], 0) + 1
ids = set(commits) | set(merges)
ok = sorted(i for i in ids if i not in bot and i not in excluded and
            ((int(min_c) > 0 and commits.get(i, 0) >= int(min_c)) or (int(min_m) > 0 and merges.get(i, 0) >= int(min_m))))
print("\n".join(map(str, ok)))
