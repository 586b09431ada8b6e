using System.Text;
using Elections.App.Events;
using Elections.Tests.Support;
using Octokit.Webhooks.Events;
using Octokit.Webhooks.Events.IssueComment;

namespace Elections.App.Tests.Events;

public sealed class WebhookEventReaderTests
{
    [Fact]
    public void TryRead_UnknownEvent_FailsNamingTheEvent()
    {
        Assert.False(WebhookEventReader.TryRead("no_such_event", "{}"u8.ToArray(), out _, out var error));
        Assert.Equal("event 'no_such_event' has no typed payload in Octokit.Webhooks", error);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"action\":")]
    [InlineData("null")]
    [InlineData("{\"ref\": 5, \"before\": \"a\", \"after\": \"b\"}")]
    [InlineData("{\"before\": \"a\", \"after\": \"b\"}")]
    public void TryRead_InvalidPushPayload_FailsWithReason(string json)
    {
        Assert.False(WebhookEventReader.TryRead("push", Encoding.UTF8.GetBytes(json), out var payload, out var error));
        Assert.Null(payload);
        Assert.StartsWith("payload is not a valid push event", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_CommentWithoutRequiredField_NamesIt()
    {
        var json = CommentPayloads.Create(11, "!ping").Replace("\"body\":\"!ping\",", "", StringComparison.Ordinal);

        Assert.False(WebhookEventReader.TryRead("issue_comment", Encoding.UTF8.GetBytes(json), out _, out var error));
        Assert.Contains("body", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryRead_CreatedComment_IsOctokitsCreatedEvent()
    {
        Assert.True(WebhookEventReader.TryRead("issue_comment", Encoding.UTF8.GetBytes(CommentPayloads.Create(11, "!ping")), out var payload, out _));

        var created = Assert.IsType<IssueCommentCreatedEvent>(payload);
        Assert.Equal((11L, "!ping", "acme/election"), (created.Comment.Id, created.Comment.Body, created.Repository!.FullName));
    }

    [Fact]
    public void TryRead_SchedulePayload_ReadsCron()
    {
        Assert.True(WebhookEventReader.TryRead("schedule", """{"schedule":"0 12 * * *","repository":null}"""u8.ToArray(), out var payload, out _));

        var schedule = Assert.IsType<ScheduleEvent>(payload);
        Assert.Equal(("0 12 * * *", null), (schedule.Schedule, schedule.Action));
    }

    [Fact]
    public void TryRead_WorkflowDispatchInputs_KeepsValues()
    {
        var json = """{"ref":"refs/heads/main","workflow":".github/workflows/announce.yml","inputs":{"phase":"voting","dry_run":true}}"""u8.ToArray();

        Assert.True(WebhookEventReader.TryRead("workflow_dispatch", json, out var payload, out var error), error);

        var dispatch = Assert.IsType<WorkflowDispatchEvent>(payload);
        Assert.Equal("voting", dispatch.Inputs!["phase"].GetString());
        Assert.True(dispatch.Inputs["dry_run"].GetBoolean());
    }
}
