using System.Text;
using System.Text.Json.Nodes;
using Elections.App.Events;
using Elections.App.Tests.Support;

namespace Elections.App.Tests.Events;

/// <summary>Every real payload in @octokit/webhooks-examples for our events parses, with the fields we use intact.</summary>
public sealed class WebhookExamplesTests
{
    [ExamplesFact]
    public void TryParse_EveryExampleOfEveryHandledEvent_KeepsTheFieldsWeUse()
    {
        var checkedCount = 0;
        foreach (var eventName in EventNames.All)
        {
            foreach (var json in WebhookExamples.For(eventName))
            {
                var parsed = WebhookEventParser.TryParse(eventName, Encoding.UTF8.GetBytes(json), out var payload, out var error);
                Assert.True(parsed, $"{eventName}: {error}");
                var raw = JsonNode.Parse(json)!;
                AssertEnvelope(raw, payload!);
                AssertSpecific(raw, payload!);
                checkedCount++;
            }
        }

        // 29 + 4 + 9 + 29 + 7 + 2 + 7 + 5 + 5 in @octokit/webhooks-examples 7.6.1 (schedule has none: Actions only).
        Assert.True(checkedCount >= 90, $"only {checkedCount} examples checked");
    }

    [ExamplesFact]
    public void For_EachHandledWebhookEvent_HasExamples()
    {
        foreach (var eventName in EventNames.All.Where(name => name != EventNames.Schedule))
        {
            Assert.NotEmpty(WebhookExamples.For(eventName));
        }
    }

    private static void AssertEnvelope(JsonNode raw, WebhookEvent payload)
    {
        Assert.Equal((string?)raw["action"], payload.Action);
        Assert.Equal((string?)raw["sender"]?["login"], payload.Sender?.Login);
        Assert.Equal((string?)raw["repository"]?["full_name"], payload.Repository?.FullName);
        Assert.Equal((string?)raw["organization"]?["login"], payload.Organization?.Login);
        Assert.Equal((long?)raw["installation"]?["id"], payload.Installation?.Id);
    }

    private static void AssertSpecific(JsonNode raw, WebhookEvent payload)
    {
        switch (payload)
        {
            case PullRequestEvent e:
                Assert.Equal((int)raw["number"]!, e.Number);
                AssertPullRequest(raw["pull_request"]!, e.PullRequest);
                break;
            case PullRequestReviewEvent e:
                Assert.Equal((string)raw["review"]!["state"]!, e.Review.State);
                Assert.Equal((string)raw["review"]!["user"]!["login"]!, e.Review.User.Login);
                AssertPullRequest(raw["pull_request"]!, e.PullRequest);
                break;
            case IssueCommentEvent e:
                Assert.Equal((long)raw["comment"]!["id"]!, e.Comment.Id);
                Assert.Equal((string)raw["comment"]!["body"]!, e.Comment.Body);
                Assert.Equal((string)raw["comment"]!["user"]!["login"]!, e.Comment.User.Login);
                Assert.Equal((int)raw["issue"]!["number"]!, e.Issue.Number);
                Assert.Equal(raw["issue"]!["pull_request"] is not null, e.Issue.IsPullRequest);
                Assert.Equal((long?)raw["comment"]!["performed_via_github_app"]?["id"], e.Comment.PerformedViaGitHubApp?.Id);
                break;
            case IssuesEvent e:
                Assert.Equal((int)raw["issue"]!["number"]!, e.Issue.Number);
                Assert.Equal((string)raw["issue"]!["user"]!["login"]!, e.Issue.User.Login);
                Assert.Equal(raw["issue"]!["labels"]?.AsArray().Select(l => (string)l!["name"]!) ?? [], e.Issue.Labels.Select(l => l.Name));
                Assert.Equal((string?)raw["label"]?["name"], e.Label?.Name);
                break;
            case PushEvent e:
                Assert.Equal((string)raw["ref"]!, e.Ref);
                Assert.Equal((string)raw["after"]!, e.After);
                Assert.Equal(raw["commits"]!.AsArray().Select(c => (string)c!["id"]!), e.Commits.Select(c => c.Id));
                Assert.Equal(raw["commits"]!.AsArray().SelectMany(c => c!["modified"]!.AsArray().Select(p => (string)p!)), e.Commits.SelectMany(c => c.Modified));
                break;
            case WorkflowDispatchEvent e:
                Assert.Equal((string)raw["ref"]!, e.Ref);
                Assert.Equal((string?)raw["workflow"], e.Workflow);
                Assert.Equal(raw["inputs"]?.AsObject().Count ?? 0, e.Inputs?.Count ?? 0);
                break;
            case InstallationEvent e:
                Assert.Equal((string?)raw["installation"]!["account"]?["login"], e.Installation!.Account?.Login);
                Assert.Equal((long?)raw["installation"]!["app_id"], e.Installation.AppId);
                Assert.Equal(raw["repositories"]?.AsArray().Select(r => (string)r!["full_name"]!) ?? [], e.Repositories.Select(r => r.FullName));
                break;
            case MembershipEvent e:
                Assert.Equal((string)raw["member"]!["login"]!, e.Member.Login);
                Assert.Equal((string)raw["team"]!["name"]!, e.Team.Name);
                Assert.Equal((string?)raw["team"]!["slug"], e.Team.Slug);
                break;
            case OrganizationEvent e:
                Assert.Equal((string?)raw["membership"]?["user"]?["login"], e.Membership?.User?.Login);
                Assert.Equal((string?)raw["membership"]?["role"], e.Membership?.Role);
                break;
            default:
                Assert.Fail($"no field checks for {payload.GetType().Name}");
                break;
        }
    }

    private static void AssertPullRequest(JsonNode raw, Elections.App.Events.Models.GitHubPullRequest pull)
    {
        Assert.Equal((int)raw["number"]!, pull.Number);
        Assert.Equal((string)raw["head"]!["sha"]!, pull.Head.Sha);
        Assert.Equal((string)raw["head"]!["ref"]!, pull.Head.Ref);
        Assert.Equal((string)raw["base"]!["ref"]!, pull.Base.Ref);
        Assert.Equal((string)raw["base"]!["sha"]!, pull.Base.Sha);
        Assert.Equal((string)raw["user"]!["login"]!, pull.User.Login);
        Assert.Equal((bool?)raw["merged"] , pull.Merged);
        Assert.Equal(raw["labels"]!.AsArray().Select(l => (string)l!["name"]!), pull.Labels.Select(l => l.Name));
    }
}
