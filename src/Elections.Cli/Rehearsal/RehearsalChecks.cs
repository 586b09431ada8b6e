using System.Globalization;
using Elections.App.Voting;
using Elections.Core.Rehearsal;
using Elections.Sandbox.State;

namespace Elections.Cli.Rehearsal;

/// <summary>Checks a scenario's expectations against the emulated GitHub and what the committee's commands produced.</summary>
internal sealed class RehearsalChecks(RehearsalStage stage, RehearsalWorkspace workspace, RehearsalFacts facts)
{
    private string Org => workspace.Config.Organization;

    private string Repo => workspace.Config.Repository;

    public IEnumerable<CheckResult> Check(ScenarioItem expectation) => expectation.Kind switch
    {
        "nomination" => Nomination(expectation),
        "reply" => [Reply(expectation)],
        "question" => [Question(expectation)],
        "mail" => [Mail(expectation)],
        "candidates" => [Candidates(expectation)],
        "result" => [Result(expectation)],
        "publication" => [Publication(expectation)],
        "writeback" => WriteBack(expectation),
        "results_pull" => ResultsPull(expectation),
        _ => [new CheckResult(expectation.Describe(), false, "not an expectation")],
    };

    private IEnumerable<CheckResult> Nomination(ScenarioItem expectation)
    {
        var nominee = expectation.Text("nominee");
        if (!facts.Nominations.TryGetValue(nominee, out var number))
        {
            yield return new CheckResult($"a nomination of @{nominee}", false, "no nomination pull request was opened");
            yield break;
        }

        var run = CheckRun(number, "nomination");
        var found = run is null ? "no nomination check run" : $"{run.Conclusion}: {run.Title}";
        if (expectation.Has("check"))
        {
            yield return new CheckResult($"#{number} check run nomination is {expectation.Text("check")}", run?.Conclusion == expectation.Text("check"), found);
        }

        if (expectation.Has("title"))
        {
            yield return new CheckResult($"#{number} check title contains \"{expectation.Text("title")}\"", run?.Title?.Contains(expectation.Text("title"), StringComparison.Ordinal) == true, found);
        }

        if (expectation.Has("labels"))
        {
            yield return Labels($"#{number}", number, expectation.List("labels"));
        }
    }

    /// <summary>The latest check run named <paramref name="name"/> on the pull request's head commit, if any.</summary>
    private SandboxCheckRun? CheckRun(int number, string name)
    {
        var state = stage.Sandbox.State;
        var head = state.GetPull(Org, Repo, number)["head"]!["sha"]!.GetValue<string>();
        return state.CheckRuns(Org, Repo).LastOrDefault(r => r.HeadSha == head && r.Name == name);
    }

    private CheckResult Labels(string what, int number, IReadOnlyList<string> expected)
    {
        var labels = stage.Sandbox.State.ListIssueLabels(Org, Repo, number).Select(l => l!["name"]!.GetValue<string>()).Order(StringComparer.Ordinal).ToList();
        return new CheckResult($"{what} labels are [{string.Join(", ", expected.Order(StringComparer.Ordinal))}]", labels.SequenceEqual(expected.Order(StringComparer.Ordinal)), $"[{string.Join(", ", labels)}]");
    }

    private CheckResult Reply(ScenarioItem expectation)
    {
        var nominee = expectation.Text("nominee");
        var to = expectation.Text("to");
        var contains = expectation.Text("contains");
        var what = $"the bot replied to @{to} on the nomination of @{nominee}" + (contains.Length > 0 ? $" with \"{contains}\"" : "");
        if (!facts.Nominations.TryGetValue(nominee, out var number))
        {
            return new CheckResult(what, false, "no nomination pull request was opened");
        }

        var replies = BotComments(number).Where(c => c.Contains("@" + to, StringComparison.OrdinalIgnoreCase)).ToList();
        var match = replies.FirstOrDefault(c => c.Contains(contains, StringComparison.Ordinal));
        return new CheckResult(what, match is not null, match ?? (replies.Count == 0 ? "no reply to them" : replies[^1]));
    }

    private List<string> BotComments(int number) =>
        [.. stage.Sandbox.State.ListComments(Org, Repo, number, null)
            .Where(c => c!["user"]!["login"]!.GetValue<string>() == stage.Sandbox.State.Bot.Login)
            .Select(c => c!["body"]!.GetValue<string>())];

    private CheckResult Question(ScenarioItem expectation)
    {
        var title = expectation.Text("title");
        return facts.Questions.TryGetValue(title, out var number)
            ? Labels($"question #{number}", number, expectation.List("labels"))
            : new CheckResult($"question \"{title}\"", false, "it was not asked");
    }

    private CheckResult Mail(ScenarioItem expectation)
    {
        var template = expectation.Text("template");
        if (!facts.Mailouts.TryGetValue(template, out var mailout))
        {
            return new CheckResult($"the {template} mailout", false, "it was not sent");
        }

        var wanted = expectation.Text("messages", "every-voter");
        var expected = wanted switch
        {
            "every-voter" => mailout.Prepared,
            "every-candidate" => workspace.Snapshot.Candidates.Count,
            _ => int.Parse(wanted, CultureInfo.InvariantCulture),
        };
        return new CheckResult($"{expected} message(s) of {template} reached the mail server", mailout.Received == expected, $"{mailout.Received} received, {mailout.Prepared} prepared");
    }

    private CheckResult Candidates(ScenarioItem expectation)
    {
        var expected = expectation.List("confirmed").Order(StringComparer.OrdinalIgnoreCase).ToList();
        var found = facts.Finalised?.Candidates.Select(c => c.Login).Order(StringComparer.OrdinalIgnoreCase).ToList();
        return new CheckResult(
            $"the candidates are {string.Join(", ", expected)}",
            found is not null && found.SequenceEqual(expected, StringComparer.OrdinalIgnoreCase),
            found is null ? "not finalised" : string.Join(", ", found));
    }

    private CheckResult Result(ScenarioItem expectation)
    {
        var wanted = expectation.Text("elected", "seats");
        var expected = wanted == "seats" ? Math.Min(workspace.Config.Seats, workspace.Snapshot.Candidates.Count) : int.Parse(wanted, CultureInfo.InvariantCulture);
        return new CheckResult($"{expected} elected", facts.Winners?.Count == expected, facts.Winners is null ? "not counted" : $"{facts.Winners.Count}: {string.Join(", ", facts.Winners)}");
    }

    private CheckResult Publication(ScenarioItem expectation)
    {
        var wanted = expectation.Text("stage");
        var record = Path.Combine(workspace.Folder, ResultsPublication.Path);
        var field = wanted == "candidates" ? "candidates_notified_at" : "public_at";
        var recorded = File.Exists(record) && System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(record))?[field] is not null;
        var announced = wanted != "public" || File.Exists(Path.Combine(workspace.Folder, VotingFiles.ResultsFolder, "announcement.website.md"));
        return new CheckResult(
            $"results/publication.json records the {wanted} stage" + (wanted == "public" ? " and the public announcement is rendered" : ""),
            recorded && announced,
            recorded ? (announced ? $"{field} recorded" : "no results/announcement.website.md") : $"no {field} in results/publication.json");
    }

    private IEnumerable<CheckResult> WriteBack(ScenarioItem expectation)
    {
        var pull = RehearsalGovernance.OpenPull(stage.Sandbox.State, workspace.Config);
        var file = workspace.Config.Results.GovernanceFile;
        yield return new CheckResult($"one open write-back pull request in {file?.Repository}", pull is not null, pull is null ? "none" : $"#{pull["number"]}: {pull["title"]}");
        if (pull is null)
        {
            yield break;
        }

        var members = RehearsalGovernance.ProposedMembers(stage.Sandbox.State, workspace.Config);
        var listed = string.Join(", ", members.Select(m => $"{m.Login} (to {m.TermEnds:yyyy-MM-dd})"));
        var winners = facts.Winners ?? [];
        var termStart = DateOnly.FromDateTime(workspace.Config.Timeline.VotingCloses.Utc.UtcDateTime);
        yield return new CheckResult(
            $"{file!.Path} adds every winner ({winners.Count}) with a term ending after {termStart:yyyy-MM-dd}",
            winners.Count > 0 && winners.All(w => members.Any(m => m.Login.Equals(w, StringComparison.OrdinalIgnoreCase) && m.TermEnds > termStart)),
            listed);
        var removed = expectation.List("removed");
        if (removed.Count > 0)
        {
            yield return new CheckResult(
                $"{file.Path} no longer lists {string.Join(", ", removed)} (term ended)",
                !members.Any(m => removed.Contains(m.Login, StringComparer.OrdinalIgnoreCase)),
                listed);
        }
    }

    private IEnumerable<CheckResult> ResultsPull(ScenarioItem expectation)
    {
        if (facts.ResultsPull == 0)
        {
            yield return new CheckResult("the results pull request", false, "it was not opened (merge_results)");
            yield break;
        }

        var number = facts.ResultsPull;
        if (expectation.Has("check"))
        {
            var run = CheckRun(number, "results");
            yield return new CheckResult($"#{number} check run results is {expectation.Text("check")}", run?.Conclusion == expectation.Text("check"), run is null ? "no results check run" : $"{run.Conclusion}: {run.Title}");
        }

        if (expectation.Has("reply"))
        {
            var replies = BotComments(number);
            var match = replies.FirstOrDefault(c => c.Contains(expectation.Text("reply"), StringComparison.Ordinal));
            yield return new CheckResult(
                $"the bot replied once on #{number} with \"{expectation.Text("reply")}\"",
                match is not null && replies.Count == 1,
                replies.Count == 0 ? "no reply" : $"{replies.Count} repl{(replies.Count == 1 ? "y" : "ies")}: {replies[^1]}");
        }
    }
}
