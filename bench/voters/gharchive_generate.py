#!/usr/bin/env python3
"""Generates realistic GH Archive hour files for `elections voters generate --gharchive` (bench and checks).

Most events are outside the organisations and of other types; PullRequestEvents carry full-sized payloads
(about 20 KB, like GitHub's). Usage: gharchive_generate.py OUT_DIR HOURS [EVENTS_PER_HOUR] [SEED]
The window used by the README's example config is 2024-01-01..2024-01-03; hours start at 2024-01-01-0.
"""
import gzip, json, os, random, sys, zlib
from datetime import datetime, timedelta, timezone

out, hours = sys.argv[1], int(sys.argv[2])
per_hour = int(sys.argv[3]) if len(sys.argv) > 3 else 20000
rng = random.Random(int(sys.argv[4]) if len(sys.argv) > 4 else 1)
os.makedirs(out, exist_ok=True)
ORGS = ["ExampleCoop", "examplecoop", "EXAMPLECOOP", "OtherOrg", "randomuser", "bigcorp"]
TYPES = ["PushEvent"] * 50 + ["CreateEvent"] * 10 + ["WatchEvent"] * 10 + ["IssueCommentEvent"] * 10 + ["PullRequestReviewEvent"] * 4 + ["PullRequestEvent"] * 8 + ["IssuesEvent"] * 5 + ["ForkEvent"] * 3
people = [(1000 + i, f"user{i}") for i in range(3000)]
bots = [(900000 + i, f"helper{i}[bot]") for i in range(5)]
start = datetime(2024, 1, 1, tzinfo=timezone.utc)
pad = "x" * 900

def user(u, bot=False):
    return {"login": u[1], "id": u[0], "node_id": "MDQ6VXNlcj" + str(u[0]), "avatar_url": f"https://avatars.githubusercontent.com/u/{u[0]}?v=4",
            "gravatar_id": "", "url": f"https://api.github.com/users/{u[1]}", "html_url": f"https://github.com/{u[1]}",
            "type": "Bot" if bot or u[1].endswith("[bot]") else "User", "site_admin": False}

def repo_obj(owner, name, rid):
    return {"id": rid, "node_id": "R_" + str(rid), "name": name, "full_name": f"{owner}/{name}", "private": False, "owner": user((rid, owner)),
            "description": "A repository " + pad[:200], "fork": False, "url": f"https://api.github.com/repos/{owner}/{name}",
            **{k + "_url": f"https://api.github.com/repos/{owner}/{name}/{k}" for k in ["forks", "keys", "collaborators", "teams", "hooks", "events", "branches", "tags", "languages", "stargazers", "contributors", "subscribers", "subscription", "commits", "git_commits", "comments", "issue_comment", "contents", "compare", "merges", "archive", "downloads", "issues", "pulls", "milestones", "notifications", "labels", "releases", "deployments"]},
            "size": 1234, "stargazers_count": 10, "watchers_count": 10, "language": "Nix", "default_branch": "main"}

pr_number = 0
for h in range(hours):
    t0 = start + timedelta(hours=h)
    name = f"{t0:%Y-%m-%d}-{t0.hour}.json.gz"
    lines = []
    for e in range(per_hour):
        t = t0 + timedelta(seconds=rng.randrange(3600))
        typ = rng.choice(TYPES)
        owner = rng.choice(ORGS) if rng.random() < 0.3 else f"someone{rng.randrange(100000)}"
        rname = f"repo{rng.randrange(40)}"
        rid = zlib.crc32(f"{owner.lower()}/{rname}".encode()) % 10**9
        actor = rng.choice(people)
        ev = {"id": str(30000000000 + h * per_hour + e), "type": typ, "actor": {"id": actor[0], "login": actor[1], "display_login": actor[1], "gravatar_id": "", "url": "", "avatar_url": ""},
              "repo": {"id": rid, "name": f"{owner}/{rname}", "url": f"https://api.github.com/repos/{owner}/{rname}"}}
        if typ == "PullRequestEvent":
            pr_number += 1
            merged = rng.random() < 0.6
            action = "closed" if rng.random() < 0.7 else rng.choice(["opened", "synchronize", "reopened"])
            author = rng.choice(people + bots)
            merger = rng.choice(people[:300] + bots)
            mt = t - timedelta(seconds=rng.randrange(3))
            prid = 2000000000 + pr_number
            pr = {"url": "", "id": prid, "node_id": "PR_" + str(prid), "html_url": f"https://github.com/{owner}/{rname}/pull/{pr_number}",
                  "number": pr_number, "state": "closed" if action == "closed" else "open", "locked": False, "title": "Fix things " + str(pr_number),
                  "user": user(author), "body": "Description " + pad * rng.randrange(2, 12), "created_at": (mt - timedelta(days=3)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                  "updated_at": mt.strftime("%Y-%m-%dT%H:%M:%SZ"), "closed_at": mt.strftime("%Y-%m-%dT%H:%M:%SZ") if action == "closed" else None,
                  "merged_at": mt.strftime("%Y-%m-%dT%H:%M:%SZ") if action == "closed" and merged else None,
                  "merge_commit_sha": "a" * 40, "assignee": None, "assignees": [], "requested_reviewers": [], "labels": [],
                  "head": {"label": "x:y", "ref": "y", "sha": "b" * 40, "user": user(author), "repo": repo_obj(owner, rname, rid)},
                  "base": {"label": "x:main", "ref": "main", "sha": "c" * 40, "user": user((rid, owner)), "repo": repo_obj(owner, rname, rid)},
                  "author_association": "CONTRIBUTOR", "merged": action == "closed" and merged, "mergeable": None, "comments": 1, "review_comments": 0,
                  "merged_by": user(merger) if action == "closed" and merged else None, "commits": rng.randrange(1, 30), "additions": 10, "deletions": 2, "changed_files": 1}
            ev["payload"] = {"action": action, "number": pr_number, "pull_request": pr}
            if rng.random() < 0.02:
                lines.append(json.dumps(ev, separators=(",", ":")))  # the same event twice: counted once
        elif typ == "PushEvent":
            ev["payload"] = {"push_id": e, "size": 2, "distinct_size": 2, "ref": "refs/heads/main", "head": "d" * 40, "before": "e" * 40,
                             "commits": [{"sha": "f" * 40, "author": {"email": "x@example.org", "name": "X"}, "message": "Change " + pad[:rng.randrange(50, 600)], "distinct": True, "url": ""} for _ in range(2)]}
        elif typ == "IssueCommentEvent":
            ev["payload"] = {"action": "created", "issue": {"number": 1, "title": "t", "body": pad * 2, "user": user(actor)}, "comment": {"id": e, "body": "Looks like a \"PullRequestEvent\" to me " + pad[:300], "user": user(actor)}}
        else:
            ev["payload"] = {"action": "started", "ref": None, "description": pad[:rng.randrange(0, 400)]}
        ev["public"] = True
        ev["created_at"] = t.strftime("%Y-%m-%dT%H:%M:%SZ")
        if owner in ORGS:
            ev["org"] = {"id": 1, "login": owner, "gravatar_id": "", "url": "", "avatar_url": ""}
        lines.append(json.dumps(ev, separators=(",", ":")))
    with gzip.open(os.path.join(out, name), "wb", compresslevel=6) as f:
        f.write(("\n".join(lines) + "\n").encode())
