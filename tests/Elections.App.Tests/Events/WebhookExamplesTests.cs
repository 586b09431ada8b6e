using System.Text;
using System.Text.Json.Nodes;
using Elections.App.Events;
using Elections.App.Tests.Support;
using Octokit.Webhooks;
using Octokit.Webhooks.Events;

namespace Elections.App.Tests.Events;

/// <summary>Every real payload in @octokit/webhooks-examples for our events reads into Octokit.Webhooks' types, with the fields we use intact.</summary>
public sealed class WebhookExamplesTests
{
    [ExamplesFact]
    public void TryRead_EveryExampleOfEveryHandledEvent_KeepsTheFieldsWeUse()
    {
        var checkedCount = 0;
        foreach (var eventName in EventNames.All)
        {
            foreach (var json in WebhookExamples.For(eventName))
            {
                var read = WebhookEventReader.TryRead(eventName, Encoding.UTF8.GetBytes(json), out var payload, out var error);
                Assert.True(read, $"{eventName}: {error}");
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

    [ExamplesFact]
    public void Subject_EveryIssueAndPullRequestExample_NamesRepositoryAndNumber()
    {
        foreach (var eventName in new[] { EventNames.PullRequest, EventNames.IssueComment, EventNames.Issues, EventNames.PullRequestReview })
        {
            foreach (var json in WebhookExamples.For(eventName))
            {
                var raw = JsonNode.Parse(json)!;
                var number = (long)(raw["issue"] ?? raw["pull_request"])!["number"]!;
                Assert.True(DeliverySubject.TryRead(Encoding.UTF8.GetBytes(json), out var subject));
                Assert.Equal($"{(string)raw["repository"]!["full_name"]!}#{number}", subject);
            }
        }
    }

    private static void AssertEnvelope(JsonNode raw, WebhookEvent payload)
    {
        var context = DeliveryContext.For("d", "e", payload, dryRun: false);
        Assert.Equal((string?)raw["action"], payload.Action);
        Assert.Equal((string?)raw["sender"]?["login"] ?? "", context.Sender);
        Assert.Equal((string?)raw["repository"]?["full_name"] ?? "", context.Repository);
        Assert.Equal((string?)raw["organization"]?["login"], payload.Organization?.Login);
        Assert.Equal((long?)raw["installation"]?["id"], context.InstallationId);
    }

    private static void AssertSpecific(JsonNode raw, WebhookEvent payload)
    {
        switch (payload)
        {
            case PullRequestEvent e:
                Assert.Equal((long)raw["number"]!, e.Number);
                Assert.Equal((string)raw["pull_request"]!["head"]!["sha"]!, e.PullRequest.Head.Sha);
                Assert.Equal((string)raw["pull_request"]!["base"]!["ref"]!, e.PullRequest.Base.Ref);
                Assert.Equal((string)raw["pull_request"]!["user"]!["login"]!, e.PullRequest.User.Login);
                break;
            case PullRequestReviewEvent e:
                Assert.Equal((string)raw["review"]!["user"]!["login"]!, e.Review.User.Login);
                Assert.Equal((long)raw["pull_request"]!["number"]!, e.PullRequest.Number);
                break;
            case IssueCommentEvent e:
                Assert.Equal((long)raw["comment"]!["id"]!, e.Comment.Id);
                Assert.Equal((string)raw["comment"]!["body"]!, e.Comment.Body);
                Assert.Equal((string)raw["comment"]!["user"]!["login"]!, e.Comment.User.Login);
                Assert.Equal((long)raw["issue"]!["number"]!, e.Issue.Number);
                Assert.Equal(raw["issue"]!["pull_request"] is not null, e.Issue.PullRequest is not null);
                Assert.Equal((long?)raw["comment"]!["performed_via_github_app"]?["id"], e.Comment.PerformedViaGithubApp?.Id);
                break;
            case IssuesEvent e:
                Assert.Equal((long)raw["issue"]!["number"]!, e.Issue.Number);
                Assert.Equal((string)raw["issue"]!["user"]!["login"]!, e.Issue.User.Login);
                Assert.Equal(raw["issue"]!["labels"]?.AsArray().Select(l => (string)l!["name"]!) ?? [], e.Issue.Labels?.Select(l => l.Name) ?? []);
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
                Assert.Equal((string?)raw["installation"]!["account"]?["login"], e.Installation.Account?.Login);
                Assert.Equal((long?)raw["installation"]!["app_id"], e.Installation.AppId);
                Assert.Equal(raw["repositories"]?.AsArray().Select(r => (string)r!["full_name"]!) ?? [], e.Repositories?.Select(r => r.FullName) ?? []);
                break;
            case MembershipEvent e:
                Assert.Equal((string)raw["member"]!["login"]!, e.Member.Login);
                Assert.Equal((string)raw["team"]!["name"]!, e.Team.Name);
                break;
            case OrganizationEvent:
                break;
            default:
                Assert.Fail($"no field checks for {payload.GetType().Name}");
                break;
        }
    }
}
