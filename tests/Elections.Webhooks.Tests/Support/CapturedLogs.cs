using System.Collections.Concurrent;

namespace Elections.Webhooks.Tests.Support;

/// <summary>Keeps every log line (message and scope values) the host writes, for assertions.</summary>
internal sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public IReadOnlyList<string> Lines => [.. _lines];

    public bool Contains(string text) => _lines.Any(line => line.Contains(text, StringComparison.Ordinal));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        private readonly AsyncLocal<string> _scope = new();

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull
        {
            var previous = _scope.Value;
            _scope.Value = previous + " " + Describe(state);
            return new Restore(() => _scope.Value = previous ?? "");
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            owner._lines.Enqueue($"{logLevel} {category} [{_scope.Value}] {formatter(state, exception)} {exception}");

        private static string Describe<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? string.Join(",", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
                : state?.ToString() ?? "";
    }

    private sealed class Restore(Action restore) : IDisposable
    {
        public void Dispose() => restore();
    }
}
