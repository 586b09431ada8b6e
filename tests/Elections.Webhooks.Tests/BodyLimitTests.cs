using System.Net;
using Elections.App.Configuration;
using Elections.Infrastructure.Tests.Store;
using Elections.Tests.Support;
using Elections.Webhooks.Tests.Support;

namespace Elections.Webhooks.Tests;

/// <summary>
/// Unauthenticated memory (issue 8, item 6): the signature covers the whole body, so bodies still
/// arriving are bounded in number; beyond the bound a post is answered 503 before its body is read.
/// </summary>
public sealed class BodyLimitTests : IAsyncLifetime
{
    private readonly RecordingGitHub _gitHub = new();
    private TestDatabase _database = null!;
    private RunningHost _host = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabases.CreateAsync(TestDatabases.Sqlite);
        _host = await RunningHost.StartAsync(_database.Setting, _gitHub, RunningHost.NoNonVoterNotice, $"--{ElectionsVariables.MaxConcurrentBodies}=1");
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task Post_WhileUnsignedBodiesFillEverySlot_Answers503ThenAcceptsOnceTheyEnd()
    {
        var stalled = new[] { new StallingContent() };
        var pending = stalled.Select(content => _host.Client.SendAsync(Unsigned(content), HttpCompletionOption.ResponseHeadersRead)).ToList();
        await Task.WhenAll(stalled.Select(content => content.Started));

        var busy = await SendUntilAsync(HttpStatusCode.ServiceUnavailable, "busy", "{}");
        foreach (var content in stalled)
        {
            content.Finish();
        }

        var answers = await Task.WhenAll(pending);
        var accepted = await SendUntilAsync(HttpStatusCode.Accepted, "after", CommentPayloads.Create(901, "hello"));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, busy.StatusCode);
        Assert.Equal("1", busy.Headers.RetryAfter?.ToString());
        Assert.All(answers, answer => Assert.Equal(HttpStatusCode.Unauthorized, answer.StatusCode));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.True(_host.Logs.Contains("with 503: all 1 body slots are in use"));
    }

    [Fact]
    public async Task Post_SignedDeliveriesWaitingForTheStore_HoldNoSlotAndAreAccepted()
    {
        // Another connection holds SQLite's write lock, so every acknowledgement waits for the store.
        await using (var blocker = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={_database.Setting}"))
        {
            await blocker.OpenAsync();
            await using (var lockCommand = blocker.CreateCommand())
            {
                lockCommand.CommandText = "BEGIN IMMEDIATE";
                await lockCommand.ExecuteNonQueryAsync();
            }

            // One slot: two posts sent at the same instant could meet while both bodies are still being read, which
            // is the bound working, not this test's case. The second is sent once the first waits for the store.
            var first = SendSignedAsync("waiting-1", CommentPayloads.Create(911, "hello"));
            await Task.Delay(500);
            var second = SendSignedAsync("waiting-2", CommentPayloads.Create(912, "hello"));
            await Task.Delay(500); // Both are waiting for the store (or, before the fix, the second was answered 503).
            await using var rollback = blocker.CreateCommand();
            rollback.CommandText = "ROLLBACK";
            await rollback.ExecuteNonQueryAsync();

            var answers = await Task.WhenAll(first, second);

            Assert.All(answers, status => Assert.Equal(HttpStatusCode.Accepted, status));
            Assert.False(_host.Logs.Contains("body slots are in use"));
        }
    }

    private async Task<HttpStatusCode> SendSignedAsync(string deliveryId, string payload)
    {
        using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", deliveryId, payload);
        using var response = await _host.Client.SendAsync(request);
        return response.StatusCode;
    }

    private static HttpRequestMessage Unsigned(HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, WebhookReceiver.Path) { Content = content };
        request.Headers.Add(WebhookReceiver.EventHeader, "issue_comment");
        request.Headers.Add(WebhookReceiver.DeliveryHeader, Guid.NewGuid().ToString());
        return request;
    }

    /// <summary>Sends signed deliveries until one gets <paramref name="wanted"/> (bounded: 200 tries).</summary>
    private async Task<HttpResponseMessage> SendUntilAsync(HttpStatusCode wanted, string prefix, string payload)
    {
        HttpResponseMessage? response = null;
        for (var attempt = 0; attempt < 200 && response?.StatusCode != wanted; attempt++)
        {
            response?.Dispose();
            using var request = Deliveries.Signed(RunningHost.Secret, "issue_comment", $"{prefix}-{attempt}", payload);
            response = await _host.Client.SendAsync(request);
            if (response.StatusCode != wanted)
            {
                await Task.Delay(25);
            }
        }

        return response!;
    }

    /// <summary>A chunked body that sends its first kilobyte, then waits until told to end.</summary>
    private sealed class StallingContent : HttpContent
    {
        private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _finish = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Started => _started.Task;

        public void Finish() => _finish.TrySetResult();

        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            await stream.WriteAsync(new byte[1024]);
            await stream.FlushAsync();
            _started.TrySetResult();
            await _finish.Task;
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
