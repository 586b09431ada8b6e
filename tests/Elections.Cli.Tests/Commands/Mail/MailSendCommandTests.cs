using System.Text.Json;
using Elections.Cli.Tests.Support;
using Elections.Infrastructure.Tests.Mail;

namespace Elections.Cli.Tests.Commands.Mail;

/// <summary>
/// <c>elections mail send</c> end to end against a real SMTP server (docs/mail.md): the sample roll's voters who can
/// vote get one message each; the journal in the election's store makes a second run refuse without --resume and send
/// nothing new with it; a run killed with SIGKILL in a child process and resumed leaves every recipient served, the only
/// duplicates carrying one Message-Id.
/// </summary>
public sealed class MailSendCommandTests
{
    [Fact]
    public async Task Send_SampleRoll_EveryVoterWhoCanVoteGetsOneMessage()
    {
        await using var sink = new SmtpSink();
        using var election = new MailElection(sink.Port);
        var (exit, output, error) = await CliRun.RunAsync("mail", "send", "roll-notice", "--repo", election.Folder);

        Assert.True(exit == 0, output + error);
        var expected = Mailable(election.Repository.Read("voters.json"));
        Assert.Equal(expected.Order(StringComparer.Ordinal), sink.Received.Select(r => r.To.ToLowerInvariant()).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Count, sink.Received.Select(r => r.MessageId).Distinct(StringComparer.Ordinal).Count());
        Assert.Contains($"sent now {expected.Count},", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_SecondRun_RefusedWithoutResumeAndSendsNothingWithIt()
    {
        await using var sink = new SmtpSink();
        using var election = new MailElection(sink.Port);
        Assert.Equal(0, (await CliRun.RunAsync("mail", "send", "roll-notice", "--repo", election.Folder)).Exit);
        var first = sink.Received.Count;

        var again = await CliRun.RunAsync("mail", "send", "roll-notice", "--repo", election.Folder);
        var resumed = await CliRun.RunAsync("mail", "send", "roll-notice", "--repo", election.Folder, "--resume");

        Assert.Equal(2, again.Exit);
        Assert.Contains("--resume", again.Error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(again.Error);
        Assert.Equal(0, resumed.Exit);
        Assert.Contains($"sent now 0, sent before {first},", resumed.Out, StringComparison.Ordinal);
        Assert.Equal(first, sink.Received.Count);
    }

    [Fact]
    public async Task Send_Only_MailsJustThoseLogins()
    {
        await using var sink = new SmtpSink();
        using var election = new MailElection(sink.Port);
        var (exit, output, error) = await CliRun.RunAsync("mail", "send", "kickoff", "--repo", election.Folder, "--only", "chen-wei", "bruno-lindqvist");

        Assert.True(exit == 0, output + error);
        Assert.Equal(["bruno.lindqvist@example.org", "chen.wei@example.org"], sink.Received.Select(r => r.To).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Send_Result_NamesTheElectedOfResultsJson()
    {
        await using var sink = new SmtpSink();
        using var election = new MailElection(sink.Port);
        Directory.CreateDirectory(election.Repository.PathOf("results"));
        election.Repository.Write("results/results.json", "{\"format_version\": 1, \"elected\": [{\"place\": 1, \"login\": \"grace-mwangi\"}, {\"place\": 2, \"login\": \"farid-haddad\"}]}\n");

        var (exit, output, error) = await CliRun.RunAsync("mail", "send", "result", "--repo", election.Folder, "--only", "chen-wei");

        Assert.True(exit == 0, output + error);
        var text = Assert.Single(sink.Received).Message.TextBody;
        Assert.Contains("1. [@grace-mwangi]", text, StringComparison.Ordinal);
        Assert.Contains("2. [@farid-haddad]", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_DryRun_ShowsTheFirstMessageAndSendsNothing()
    {
        await using var sink = new SmtpSink();
        using var election = new MailElection(sink.Port);
        var (exit, output, _) = await CliRun.RunAsync("mail", "send", "roll-notice", "--repo", election.Folder, "--dry-run");

        Assert.Equal(0, exit);
        Assert.Contains("nothing sent", output, StringComparison.Ordinal);
        Assert.Contains("To: amara.okafor@example.org", output, StringComparison.Ordinal);
        Assert.Empty(sink.Received);
        Assert.False(Directory.Exists(election.Repository.PathOf(".elections")), "a dry run records nothing");
    }

    [Fact]
    public async Task Send_UnknownTemplate_ExitsTwoBeforeSending()
    {
        await using var sink = new SmtpSink();
        using var election = new MailElection(sink.Port);
        var (exit, _, error) = await CliRun.RunAsync("mail", "send", "kickof", "--repo", election.Folder);

        Assert.Equal(2, exit);
        Assert.Contains("there is no announcement 'kickof'", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
        Assert.Empty(sink.Received);
    }

    [Fact]
    public async Task Send_KilledTwiceInAChildProcessThenResumed_EveryRecipientServedDuplicatesShareTheirMessageId()
    {
        const int voters = 400;
        await using var sink = new SmtpSink(delay: TimeSpan.FromMilliseconds(15));
        using var election = new MailElection(sink.Port, voters);

        var killedFirst = await KillWhenReceivedAsync(sink, election.Folder, 40, resume: false);
        await KillWhenReceivedAsync(sink, election.Folder, 160, resume: true);

        var (exit, output, error) = await CliRun.RunAsync("mail", "send", "roll-notice", "--repo", election.Folder, "--resume");

        Assert.True(killedFirst, "the first child finished before 40 of 400 messages arrived, so it was never killed");
        Assert.True(exit == 0, output + error);
        var byRecipient = sink.Received.GroupBy(r => r.To, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(r => r.MessageId).Distinct(StringComparer.Ordinal).Count(), StringComparer.Ordinal);
        Assert.Equal(voters, byRecipient.Count);
        Assert.All(byRecipient.Values, ids => Assert.Equal(1, ids));
    }

    /// <summary>Starts <c>elections mail send</c> as a child process and sends it SIGKILL once the sink holds <paramref name="threshold"/> messages; false when it ended first.</summary>
    private static async Task<bool> KillWhenReceivedAsync(SmtpSink sink, string folder, int threshold, bool resume)
    {
        using var child = ChildCli.Start(new Dictionary<string, string?> { ["ELECTIONS_STORE"] = null }, ["mail", "send", "roll-notice", "--repo", folder, .. resume ? ["--resume"] : Array.Empty<string>()]);
        _ = child.StandardOutput.ReadToEndAsync();
        _ = child.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (!child.HasExited && sink.Received.Count < threshold && !patience.IsCancellationRequested)
        {
            await Task.Delay(10);
        }

        var killed = !child.HasExited;
        if (killed)
        {
            child.Kill(entireProcessTree: true); // SIGKILL: no cleanup in the child
        }

        await child.WaitForExitAsync();
        return killed;
    }

    /// <summary>The addresses of voters who can vote and have one, once each in lower case: what docs/mail.md promises a mailout reaches.</summary>
    private static List<string> Mailable(string rollJson)
    {
        using var roll = JsonDocument.Parse(rollJson);
        return [.. roll.RootElement.GetProperty("voters").EnumerateArray()
            .Where(v => v.TryGetProperty("email", out _) && v.GetProperty("status").GetString() is "active" or "access-revoked" or "account-deleted")
            .Select(v => v.GetProperty("email").GetString()!.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)];
    }
}
