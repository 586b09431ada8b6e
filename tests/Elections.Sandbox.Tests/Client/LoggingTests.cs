using Elections.App.Ports.GitHub;
using Elections.Infrastructure.GitHub;
using Elections.Sandbox.Faults;
using Microsoft.Extensions.Logging;

namespace Elections.Sandbox.Tests.Client;

public sealed class LoggingTests
{
    [Fact]
    public async Task EveryLine_NamesRequestAndDeliveryIds_AndNeverTheToken()
    {
        await using var server = await SandboxServer.StartAsync();
        server.State.AddUser("bob");
        server.Faults.Add(new SandboxFault { Path = "/users/*", Status = 502 });
        var logger = new ListLogger();
        using var factory = new GitHubClientFactory(SandboxWorld.ClientOptions(server.BaseUrl) with { Token = "ghs_SECRET_TOKEN" }, logger);

        await factory.Create(new GitHubCallContext { DeliveryId = "d-42" }).Users.GetByLoginAsync("bob");

        var requestIds = server.Requests.Select(r => r.RequestId).ToList();
        Assert.True(logger.Lines.Count >= 3);
        Assert.All(logger.Lines, line => Assert.Contains("d-42", line, StringComparison.Ordinal));
        Assert.All(logger.Lines, line => Assert.DoesNotContain("SECRET", line, StringComparison.Ordinal));
        Assert.All(requestIds, id => Assert.Contains(logger.Lines, line => line.Contains(id, StringComparison.Ordinal)));
    }

    private sealed class ListLogger : ILogger
    {
        private readonly List<string> _lines = [];

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (_lines)
                {
                    return [.. _lines];
                }
            }
        }

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (_lines)
            {
                _lines.Add(formatter(state, exception));
            }
        }
    }
}
