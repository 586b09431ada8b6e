using Elections.App.Handlers;
using Elections.Infrastructure.Tests.Store;
using Elections.Tests.Support;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

/// <summary>The host's router fans out: every handler registered for a route plans for the delivery.</summary>
public sealed class FanOutTests
{
    [Fact]
    public async Task Post_TwoHandlersRegisteredOnIssueCommentCreated_BothRunAndAuditsNameEachFeature()
    {
        await using var database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        var gitHub = new RecordingGitHub();
        await using var host = await RunningHost.StartAsync(database.Setting, gitHub, services => services.AddSingleton<IWebhookHandler>(new ThanksHandler()), RunningHost.NoNonVoterNotice);

        using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", "fan-1", CommentPayloads.Create(61, "!ping"));
        using var response = await host.Client.SendAsync(request);
        await host.WaitProcessedAsync(["fan-1"]);

        Assert.Equal(["pong (@alice)", "thanks, alice"], gitHub.Comments.Select(comment => comment.Body).Order(StringComparer.Ordinal));
        var audit = await host.Store.ReadAuditAsync(10, CancellationToken.None);
        Assert.Equal(["ping on issue_comment.created", "thanks on issue_comment.created"], audit.Select(entry => entry.Reason).Order(StringComparer.Ordinal));
    }
}
