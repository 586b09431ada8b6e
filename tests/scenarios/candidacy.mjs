// The candidacy scenario of issue 10 ("Done when"), written with GitHub's own JS client against
// `elections sandbox` plus the webhook host. The election files live only on the emulated GitHub.
//
//   SANDBOX_URL=http://127.0.0.1:5080 ELECTIONS_CLI=path/to/elections.dll node candidacy.mjs
//
// SANDBOX_URL: the Sandbox (its webhooks must reach the host). ELECTIONS_CLI: the `elections` executable, or
// its elections.dll (run with `dotnet`); default: `elections` on PATH. SCENARIO_TIMEOUT_MS: how long to wait
// for the bot at each step (default 60000).
// Exit 0 when every assertion holds; 1 with the failed assertion otherwise. docs/scenarios.md describes it.
import { execFile } from "node:child_process";
import { strict as assert } from "node:assert";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { Octokit } from "@octokit/rest";

const sandbox = (process.env.SANDBOX_URL ?? "").replace(/\/+$/, "");
if (!sandbox) {
  console.error("SANDBOX_URL is not set: point it at a running `elections sandbox`.");
  process.exit(2);
}
const elections = process.env.ELECTIONS_CLI || "elections";
const cli = elections.endsWith(".dll") ? ["dotnet", elections] : [elections];
const timeoutMs = Number(process.env.SCENARIO_TIMEOUT_MS ?? 60000);

const owner = "jscoop";
const repo = "js-election";
const nominee = "nina-nominee";
const endorsers = ["erik-review", "emma-review", "eli-comment"];
const late = "lena-late";
const official = { id: 8200001, login: "oscar-official" };
const voters = [nominee, ...endorsers, late].map((login, i) => ({
  id: 8100001 + i,
  login,
  email: `${login}@example.org`,
  source: { kind: "automatic" },
  status: "active",
}));
const labels = { nomination: "nomination", accepted: "nominee-accepted", enough: "enough endorsements" };

async function admin(path, body) {
  const response = await fetch(`${sandbox}/_sandbox${path}`, { method: "POST", body: JSON.stringify(body ?? {}) });
  const text = await response.text();
  assert.ok(response.ok, `POST /_sandbox${path}: ${response.status} ${text}`);
  return text ? JSON.parse(text) : null;
}

/** An octokit acting as the person (a Sandbox person token). */
async function as(login) {
  const { token } = await admin(`/users/${login}/tokens`);
  return new Octokit({ baseUrl: sandbox, auth: token, userAgent: "elections-js-scenario", retry: { enabled: false } });
}

/** Polls until `probe` returns a value other than undefined; fails with `what` and the last value seen. */
async function until(what, probe) {
  const deadline = Date.now() + timeoutMs;
  let last;
  while (Date.now() < deadline) {
    await admin("/webhooks/flush");
    const value = await probe((seen) => (last = seen));
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`);
}

const day = (date, days) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
const ymd = (date) => date.toISOString().slice(0, 10);

function config(today) {
  // Plain dates are AoE: a closing date D ends at D+1 12:00 UTC.
  const at = (days) => ymd(day(today, days));
  return `name: JS Scenario Election
slug: js-2026
organization: ${owner}
repository: ${repo}
voters_team: voters
officials:
  - id: ${official.id}
    login: ${official.login}
timeline:
  kickoff: ${at(-2)}
  nominations_close: ${at(1)}
  endorsements_close: ${at(2)}
  questions_close: ${at(3)}
  answers_close: ${at(4)}
  voter_roll_freeze: ${at(4)}
  voting_opens: ${at(5)}
  voting_closes: ${at(10)}
  results: ${at(11)}
seats: 1
counting:
  method: meek
eligibility:
  contributions_from: 2022-08-01
  contributions_until: 2026-08-01
  organizations: [${owner}]
  min_commits_in_merged_pull_requests: 25
  min_merges_performed: 1
nominations:
  self_nomination: true
  acceptance_required: true
  accept_command: "!accept"
endorsements:
  min_endorsers: 3
  min_independent: 4
  channels: [review, comment]
  comment_command: "!endorse"
labels:
  nomination: ${labels.nomination}
  enough_endorsements: ${labels.enough}
  nominee_accepted: ${labels.accepted}
  question: question
  non_eligible_question: non-eligible-question
  announcement: announcement
mail:
  from: elections@example.org
  smtp_host: smtp.example.org
`;
}

// Seed: the organization, the people, and the election repository (config and roll only on GitHub).
const { now } = await admin("/clock", { advanceSeconds: 0 });
const today = new Date(now);
const endorsementsClose = ymd(day(today, 2));
const endorsementsCloseUtc = `${ymd(day(today, 3))} 12:00 UTC`;
await admin("/orgs", { login: owner });
await admin("/users", official);
await admin(`/orgs/${owner}/members`, { login: official.login, role: "admin" });
for (const voter of voters) await admin("/users", { id: voter.id, login: voter.login });
await admin("/repos", {
  owner,
  name: repo,
  files: {
    "config/election.yml": config(today),
    "voters.json": JSON.stringify({ format: "elections/voters", version: 1, voters }, null, 2) + "\n",
  },
});

const waitFor = (what, probe) => until(what, async (seen) => ((await probe(seen)) ? true : undefined));
const reader = await as(official.login);
const labelsOf = async (number) =>
  (await reader.rest.issues.listLabelsOnIssue({ owner, repo, issue_number: number })).data.map((l) => l.name).sort();
const conclusionIs = (sha, conclusion) =>
  waitFor(`check run nomination = ${conclusion}`, async (seen) => {
    const { data } = await reader.rest.checks.listForRef({ owner, repo, ref: sha, check_name: "nomination" });
    seen(data.check_runs.map((r) => [r.conclusion, r.output?.title, r.output?.summary]));
    return data.check_runs.length === 1 && data.check_runs[0].conclusion === conclusion;
  });
const labelsAre = (number, expected) =>
  waitFor(`labels ${JSON.stringify(expected)}`, async (seen) => {
    const names = seen(await labelsOf(number));
    return JSON.stringify(names) === JSON.stringify([...expected].sort());
  });

// The nominee opens a nomination pull request adding candidates/<login>.md with a complete form.
const nina = await as(nominee);
const { data: main } = await nina.rest.git.getRef({ owner, repo, ref: "heads/main" });
await nina.rest.git.createRef({ owner, repo, ref: `refs/heads/nominate-${nominee}`, sha: main.object.sha });
const form = `---\nname: Nina Nominee\ngithub: ${nominee}\nemail: ${nominee}@example.org\nconflicts_of_interest: none\n---\n\nWhy I am running.\n`;
await nina.rest.repos.createOrUpdateFileContents({
  owner, repo, path: `candidates/${nominee}.md`, branch: `nominate-${nominee}`,
  message: `Nominate @${nominee}`, content: Buffer.from(form).toString("base64"),
});
const { data: pull } = await nina.rest.pulls.create({ owner, repo, title: `Nominate @${nominee}`, head: `nominate-${nominee}`, base: "main" });
const sha = pull.head.sha;
await conclusionIs(sha, "neutral");
console.log(`#${pull.number}: check run nomination is neutral (waiting for endorsements)`);

// The nominee accepts by comment.
await nina.rest.issues.createComment({ owner, repo, issue_number: pull.number, body: "Happy to stand.\n!accept" });
await labelsAre(pull.number, [labels.nomination, labels.accepted]);
await conclusionIs(sha, "neutral");
console.log(`#${pull.number}: accepted; labels ${labels.nomination}, ${labels.accepted}`);

// Two endorse by approving review, one by `!endorse` comment.
for (const login of endorsers.slice(0, 2)) {
  await (await as(login)).rest.pulls.createReview({ owner, repo, pull_number: pull.number, event: "APPROVE", body: "Endorsed." });
}
await (await as(endorsers[2])).rest.issues.createComment({ owner, repo, issue_number: pull.number, body: "!endorse" });
await conclusionIs(sha, "success");
await labelsAre(pull.number, [labels.nomination, labels.accepted, labels.enough]);
console.log(`#${pull.number}: check run nomination is success; labels include "${labels.enough}"`);

// After the endorsement deadline by the Sandbox clock (GitHub's timestamps): a late `!endorse` gets a reply naming it.
await admin("/clock", { advanceSeconds: 4 * 86400 });
const { data: lateComment } = await (await as(late)).rest.issues.createComment({ owner, repo, issue_number: pull.number, body: "!endorse" });
const reply = await until(`the bot's reply to @${late}`, async (seen) => {
  const { data } = await reader.rest.issues.listComments({ owner, repo, issue_number: pull.number, per_page: 100 });
  const bot = data.filter((c) => c.user?.type === "Bot" && c.id > lateComment.id).map((c) => c.body);
  seen(bot);
  return bot.find((body) => body.includes(`@${late}`));
});
assert.match(reply, /deadline/, reply);
assert.ok(reply.includes(`${endorsementsClose} AoE (${endorsementsCloseUtc})`), `the late reply names ${endorsementsClose} AoE (${endorsementsCloseUtc}): ${reply}`);
await conclusionIs(sha, "success");
console.log(`#${pull.number}: late endorsement by @${late} answered: ${reply.split("\n")[0]}`);

// `elections candidates status --github OWNER/REPO --json`, through the Sandbox (in a scratch folder: nothing is left here).
const scratch = mkdtempSync(join(tmpdir(), "elections-scenario-"));
const { stdout } = await promisify(execFile)(cli[0], [...cli.slice(1), "candidates", "status", "--github", `${owner}/${repo}`, "--json"], {
  env: { ...process.env, GH_TOKEN: "ghp_scenario", ELECTIONS_GITHUB_API_URL: sandbox },
  cwd: scratch,
  timeout: timeoutMs,
}).finally(() => rmSync(scratch, { recursive: true, force: true }));
const status = JSON.parse(stdout);
assert.equal(status.nominees.length, 1, stdout);
const [entry] = status.nominees;
assert.deepEqual(
  {
    login: entry.login, id: entry.id, pull_request: entry.pull_request, nominated_by: entry.nominated_by,
    accepted: entry.accepted, form_complete: entry.form_complete, endorsers: [...entry.endorsers].sort(),
    independent: entry.independent, status: entry.status, missing: entry.missing,
  },
  {
    login: nominee, id: voters[0].id, pull_request: pull.number, nominated_by: nominee,
    accepted: true, form_complete: true, endorsers: [...endorsers].sort(),
    independent: 4, status: "confirmed", missing: [],
  },
  stdout,
);
console.log(`status --json: @${nominee} confirmed with ${entry.endorsers.length} endorsers`);
console.log("candidacy scenario: all assertions hold");
