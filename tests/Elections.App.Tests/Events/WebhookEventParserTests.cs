using System.Text;
using Elections.App.Events;

namespace Elections.App.Tests.Events;

public sealed class WebhookEventParserTests
{
    [Fact]
    public void TryParse_UnknownEvent_FailsNamingKnownEvents()
    {
        Assert.False(WebhookEventParser.TryParse("star", "{}"u8, out _, out var error));
        Assert.Contains("event 'star' is not handled", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"action\":")]
    [InlineData("null")]
    [InlineData("{\"ref\": 5, \"before\": \"a\", \"after\": \"b\"}")]
    [InlineData("{\"before\": \"a\", \"after\": \"b\"}")]
    public void TryParse_InvalidPushPayload_FailsWithReason(string json)
    {
        Assert.False(WebhookEventParser.TryParse("push", Encoding.UTF8.GetBytes(json), out var payload, out var error));
        Assert.Null(payload);
        Assert.StartsWith("payload is not a valid push event", error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_SchedulePayload_ReadsCron()
    {
        Assert.True(WebhookEventParser.TryParse("schedule", """{"schedule":"0 12 * * *","repository":{"name":"e","full_name":"acme/e"}}"""u8, out var payload, out _));

        var schedule = Assert.IsType<ScheduleEvent>(payload);
        Assert.Equal(("0 12 * * *", null, "acme/e"), (schedule.Schedule, schedule.Action, schedule.Repository!.FullName));
    }

    [Fact]
    public void TryParse_WorkflowDispatchInputs_KeepsValues()
    {
        Assert.True(WebhookEventParser.TryParse("workflow_dispatch", """{"ref":"refs/heads/main","inputs":{"phase":"voting","dry_run":true}}"""u8, out var payload, out _));

        var dispatch = Assert.IsType<WorkflowDispatchEvent>(payload);
        Assert.Equal("voting", dispatch.Inputs!["phase"].GetString());
        Assert.True(dispatch.Inputs["dry_run"].GetBoolean());
    }
}
