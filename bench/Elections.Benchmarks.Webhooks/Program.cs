using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.Benchmarks.Webhooks;
using Elections.Infrastructure.Webhooks;
using Elections.Webhooks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// Usage: dotnet run -c Release --project bench/Elections.Benchmarks.Webhooks -- [deliveries] [concurrency] [store]
// store: a SQLite file (default: a fresh temp file) or a PostgreSQL connection string (e.g. $(scripts/postgres.sh)).
var deliveries = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 4000;
var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
var storeArgument = args.Length > 2 ? args[2] : "";
const string Secret = "benchmark-secret";
const int PacedRate = 500;

Console.WriteLine($"Webhook acknowledgement on loopback: {deliveries} signed deliveries per run, {concurrency} concurrent clients, {Environment.ProcessorCount} cores");
Console.WriteLine($"Latency: open loop at {PacedRate}/s (measured from each request's scheduled time). Throughput: closed loop, {concurrency} clients.");
Console.WriteLine("| instances | store | acknowledged/s (closed loop) | p50 ms @500/s | p99 ms @500/s | max ms @500/s | processed | lost | effects | load (1 min) |");
Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
foreach (var instances in new[] { 1, 2 })
{
    var folder = Directory.CreateTempSubdirectory("elections-bench-");
    var store = storeArgument.Length > 0 ? storeArgument : Path.Combine(folder.FullName, "store.db");
    var result = await RunAsync(instances, store);
    var kind = store.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? "postgresql" : "sqlite";
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"| {instances} | {kind} | {result.PerSecond:F0} | {result.P50:F2} | {result.P99:F2} | {result.Max:F2} | {result.Processed} | {result.Lost} | {result.Effects} | {Load()} |"));
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    folder.Delete(recursive: true);
}

async Task<Result> RunAsync(int instances, string store)
{
    var gitHub = new CountingGitHub();
    var hosts = new List<WebApplication>();
    for (var i = 0; i < instances; i++)
    {
        var app = WebhookHost.Build(
            ["--urls=http://127.0.0.1:0", $"--{ElectionsVariables.WebhookSecret}={Secret}", $"--{ElectionsVariables.Store}={store}", "--Logging:LogLevel:Default=Warning"],
            builder =>
            {
                builder.Logging.ClearProviders();
                builder.Services.AddSingleton<Elections.App.Ports.GitHub.IGitHubFactory>(gitHub);
            });
        await app.StartAsync();
        hosts.Add(app);
    }

    var urls = hosts.Select(h => new Uri(new Uri(h.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), WebhookReceiver.Path)).ToList();
    // No cap on connections: in the open loop each delivery is sent when due, as GitHub's senders do,
    // never queued behind the client's own connections (the closed loop uses `concurrency` at most).
    using var http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) });
    var run = Guid.NewGuid().ToString("N")[..8];
    var secret = Encoding.UTF8.GetBytes(Secret);

    // Warm up (JIT, connections, SQLite pages): not measured, not counted.
    await FireAsync(http, urls, secret, $"warm-{run}", Math.Min(200, deliveries), concurrency, new double[Math.Min(200, deliveries)]);

    var saturated = new double[deliveries];
    var clock = Stopwatch.StartNew();
    await FireAsync(http, urls, secret, run, deliveries, concurrency, saturated);
    var seconds = clock.Elapsed.TotalSeconds;
    var storeForDrain = hosts[0].Services.GetRequiredService<IStore>();
    while ((await storeForDrain.CountAsync(CancellationToken.None)).Queued > 0)
    {
        await Task.Delay(50);
    }

    var paced = Math.Min(deliveries, PacedRate * 5);
    var latencies = new double[paced];
    await FirePacedAsync(http, urls, secret, $"{run}p", paced, PacedRate, latencies);

    var storeInstance = hosts[0].Services.GetRequiredService<IStore>();
    var deadline = Stopwatch.StartNew();
    while ((await storeInstance.CountAsync(CancellationToken.None)).Queued > 0 && deadline.Elapsed < TimeSpan.FromSeconds(60))
    {
        await Task.Delay(50);
    }

    var processed = 0;
    var ids = Enumerable.Range(0, deliveries).Select(i => $"{run}-{i}").Concat(Enumerable.Range(0, paced).Select(i => $"{run}p-{i}")).ToList();
    foreach (var id in ids)
    {
        if ((await storeInstance.GetDeliveryAsync(id, CancellationToken.None)).State == DeliveryState.Done)
        {
            processed++;
        }
    }

    foreach (var host in hosts)
    {
        await host.StopAsync();
        await host.DisposeAsync();
    }

    Array.Sort(latencies);
    return new Result(
        deliveries / seconds,
        latencies[(int)(paced * 0.50)],
        latencies[Math.Min(paced - 1, (int)(paced * 0.99))],
        latencies[^1],
        processed,
        ids.Count - processed,
        gitHub.Comments);
}

// The machine's load when the row is printed (other processes share the cores), where Linux tells it.
static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";

static async Task FirePacedAsync(HttpClient http, List<Uri> urls, byte[] secret, string run, int count, int rate, double[] latencies)
{
    var start = Stopwatch.GetTimestamp();
    var sends = new List<Task>(count);
    for (var i = 0; i < count; i++)
    {
        // Sleep (never spin: the client shares the cores with the hosts) until the request is due; a
        // request sent late still counts its latency from when it was due.
        var due = start + (long)(i * (double)Stopwatch.Frequency / rate);
        if (Stopwatch.GetTimestamp() < due)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due).TotalMilliseconds)));
        }

        var index = i;
        sends.Add(Task.Run(async () =>
        {
            await SendAsync(http, urls[index % urls.Count], secret, run, index);
            latencies[index] = Stopwatch.GetElapsedTime(due).TotalMilliseconds;
        }));
    }

    await Task.WhenAll(sends);
}

static async Task SendAsync(HttpClient http, Uri url, byte[] secret, string run, int i)
{
    var body = BenchmarkPayloads.Create(run, i);
    using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
    request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
    request.Headers.Add(WebhookReceiver.EventHeader, "issue_comment");
    request.Headers.Add(WebhookReceiver.DeliveryHeader, $"{run}-{i}");
    request.Headers.Add(WebhookSignature.Header, WebhookSignature.Sign(secret, body));
    using var response = await http.SendAsync(request);
    if ((int)response.StatusCode != 202)
    {
        throw new InvalidOperationException($"delivery {run}-{i} answered {(int)response.StatusCode}");
    }
}

static async Task FireAsync(HttpClient http, List<Uri> urls, byte[] secret, string run, int count, int concurrency, double[] latencies)
{
    var next = -1;
    var workers = Enumerable.Range(0, concurrency).Select(async _ =>
    {
        int i;
        while ((i = Interlocked.Increment(ref next)) < count)
        {
            var started = Stopwatch.GetTimestamp();
            await SendAsync(http, urls[i % urls.Count], secret, run, i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }
    });
    await Task.WhenAll(workers);
}

internal sealed record Result(double PerSecond, double P50, double P99, double Max, int Processed, int Lost, long Effects);
