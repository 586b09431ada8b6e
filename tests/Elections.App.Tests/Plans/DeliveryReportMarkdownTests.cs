using Elections.App.Plans;

namespace Elections.App.Tests.Plans;

public sealed class DeliveryReportMarkdownTests
{
    private static readonly DeliveryContext Context = new()
    {
        DeliveryId = "run-1",
        EventName = "issue_comment",
        Action = "created",
        Repository = "acme/election",
        DryRun = true,
    };

    [Fact]
    public void Render_DryRunWithEffects_ListsWhatWouldHappen()
    {
        var report = new DeliveryReport
        {
            Context = Context,
            Handlers =
            [
                new HandlerReport
                {
                    Feature = "ping",
                    Effects = [new EffectReport("ping:acme/election:1", "comment on acme/election#7: pong", EffectStatus.WouldApply, "")],
                },
            ],
        };

        var markdown = DeliveryReportMarkdown.Render(report);

        Assert.Equal(
            "### elections receive: `issue_comment.created` (dry run: nothing applied)\n\n" +
            "Repository `acme/election`, delivery `run-1`.\n\n" +
            "- **ping**\n" +
            "  - would apply: comment on acme/election#7: pong\n",
            markdown);
    }

    [Fact]
    public void Render_Ignored_SaysWhy()
    {
        var report = new DeliveryReport { Context = Context with { DryRun = false }, IgnoredReason = "no handler for issue_comment.created" };

        Assert.EndsWith("Ignored: no handler for issue_comment.created.\n", DeliveryReportMarkdown.Render(report), StringComparison.Ordinal);
    }
}
