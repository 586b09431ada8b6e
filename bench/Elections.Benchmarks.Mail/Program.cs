using System.Buffers;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MimeKit;
using SmtpServer;
using SmtpServer.Protocol;
using SmtpServer.Storage;

// bench/mail.sh drives these:
//   sink PORT FILE             an SMTP server on 127.0.0.1:PORT appending "recipient<TAB>message-id" per accepted message
//   election SAMPLE OUT N PORT  a copy of the sample election with N generated voters, mail to 127.0.0.1:PORT without TLS
//   count FILE N               checks what the sink received: every recipient at least once, duplicates only with one Message-Id
return args switch
{
    ["sink", var port, var file] => await Sink.RunAsync(int.Parse(port, CultureInfo.InvariantCulture), file),
    ["election", var sample, var output, var count, var port] => Election.Write(sample, output, int.Parse(count, CultureInfo.InvariantCulture), port),
    ["count", var file, var count] => Count.Check(file, int.Parse(count, CultureInfo.InvariantCulture)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: sink PORT FILE | election SAMPLE OUT N PORT | count FILE N");
    return 2;
}

internal static class Sink
{
    public static async Task<int> RunAsync(int port, string file)
    {
        await using var log = new StreamWriter(file, append: true, new UTF8Encoding(false));
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port))).Build();
        var services = new SmtpServer.ComponentModel.ServiceProvider();
        services.Add(new Store(log));
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
        Console.WriteLine($"listening on 127.0.0.1:{port}");
        try
        {
            await new SmtpServer.SmtpServer(options, services).StartAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        return 0;
    }

    private sealed class Store(StreamWriter log) : MessageStore
    {
        private readonly Lock _lock = new();

        public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            using var stream = new MemoryStream(buffer.ToArray());
            var headers = await HeaderList.LoadAsync(stream, cancellationToken);
            var id = headers[HeaderId.MessageId] ?? "";
            lock (_lock)
            {
                foreach (var to in transaction.To)
                {
                    log.Write($"{to.User}@{to.Host}\t{id.Trim()}\n");
                }

                log.Flush(); // recorded before the 250, like a real server's queue
            }

            return SmtpResponse.Ok;
        }
    }
}

internal static partial class Election
{
    public static int Write(string sample, string output, int count, string port)
    {
        Directory.CreateDirectory(Path.Combine(output, "config"));
        var config = File.ReadAllText(Path.Combine(sample, "config", "election.yml"));
        config = SmtpHost().Replace(config, "smtp_host: 127.0.0.1");
        config = SmtpPort().Replace(config, $"smtp_port: {port}");
        config = Tls().Replace(config, "tls: none");
        config = User().Replace(config, "");
        File.WriteAllText(Path.Combine(output, "config", "election.yml"), config);
        var roll = new StringBuilder("{\n  \"format\": \"elections/voters\",\n  \"version\": 1,\n  \"voters\": [\n");
        for (var i = 1; i <= count; i++)
        {
            roll.Append(CultureInfo.InvariantCulture, $"    {{\"id\": {2_000_000 + i}, \"login\": \"voter-{i}\", \"email\": \"voter{i}@example.org\", \"source\": {{\"kind\": \"automatic\"}}, \"status\": \"active\"}}{(i < count ? "," : "")}\n");
        }

        roll.Append("  ]\n}\n");
        File.WriteAllText(Path.Combine(output, "voters.json"), roll.ToString());
        Directory.CreateDirectory(Path.Combine(output, "candidates"));
        return 0;
    }

    [GeneratedRegex(@"smtp_host: \S+")]
    private static partial Regex SmtpHost();

    [GeneratedRegex(@"smtp_port: \d+")]
    private static partial Regex SmtpPort();

    [GeneratedRegex(@"tls: starttls")]
    private static partial Regex Tls();

    [GeneratedRegex(@"(?m)^  user: .*$")]
    private static partial Regex User();
}

internal static class Count
{
    public static int Check(string file, int count)
    {
        var lines = File.ReadAllLines(file).Where(l => l.Length > 0).Select(l => l.Split('\t')).ToList();
        var byRecipient = lines.GroupBy(l => l[0]).ToDictionary(g => g.Key, g => g.Select(l => l[1]).ToList());
        var missing = Enumerable.Range(1, count).Count(i => !byRecipient.ContainsKey($"voter{i}@example.org"));
        var duplicates = byRecipient.Values.Where(ids => ids.Count > 1).ToList();
        var mixed = duplicates.Count(ids => ids.Distinct().Count() > 1);
        Console.WriteLine($"received {lines.Count} message(s) for {byRecipient.Count} of {count} recipients; missing {missing}; duplicated {duplicates.Count} (all with one Message-Id: {mixed == 0})");
        return missing == 0 && mixed == 0 ? 0 : 1;
    }
}
