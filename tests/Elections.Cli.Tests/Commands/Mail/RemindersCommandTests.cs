using Elections.Cli.Tests.Support;
using Elections.Infrastructure.Tests.Mail;

namespace Elections.Cli.Tests.Commands.Mail;

/// <summary>
/// <c>elections reminders send</c> against a real SMTP server: the sample election (voting closes 2026-10-26 12:00 UTC,
/// default offsets of two days) sends voting-reminder from 2026-10-24 12:00 UTC on, once; before that nothing is due;
/// configured offsets move the window. Each run is a child process, so the runner's own GITHUB_ACTIONS and ELECTIONS_STORE
/// (CI runs in Actions) do not leak in.
/// </summary>
public sealed class RemindersCommandTests
{
    private const string VotingReminderDue = "2026-10-25T00:00:00Z";

    [Fact]
    public async Task Send_Due_MailsTheReminderToEveryVoterOnce()
    {
        await using var sink = new SmtpSink();
        using var election = new MailElection(sink.Port);

        var first = await RunAsync("reminders", "send", "--repo", election.Folder, "--channel", "mail", "--at", VotingReminderDue);
        var received = sink.Received.Count;
        var second = await RunAsync("reminders", "send", "--repo", election.Folder, "--channel", "mail", "--at", "2026-10-26T06:00:00Z");

        Assert.True(first.Exit == 0, first.Out + first.Error);
        Assert.Contains("due: voting-reminder", first.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("endorsements-reminder", first.Out, StringComparison.Ordinal);
        Assert.True(received > 0, "the reminder reached the voters");
        Assert.Equal(received, sink.Received.Select(r => r.To).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(second.Exit == 0, second.Out + second.Error);
        Assert.Contains($"sent now 0, sent before {received},", second.Out, StringComparison.Ordinal);
        Assert.Equal(received, sink.Received.Count);
    }

    [Fact]
    public async Task Send_NotDue_SendsNothingAndNamesTheNext()
    {
        await using var sink = new SmtpSink();
        using var election = new MailElection(sink.Port);

        var (exit, output, error) = await RunAsync("reminders", "send", "--repo", election.Folder, "--channel", "mail", "--at", "2026-10-10T00:00:00Z");

        Assert.True(exit == 0, output + error);
        Assert.Contains("no reminder is due", output, StringComparison.Ordinal);
        Assert.Contains("next: voting-reminder from 2026-10-24 12:00 UTC", output, StringComparison.Ordinal);
        Assert.Empty(sink.Received);
    }

    [Fact]
    public async Task Send_ConfiguredOffset_MovesTheWindow()
    {
        await using var sink = new SmtpSink();
        using var election = new MailElection(sink.Port);
        election.Repository.Write("config/election.yml", election.Repository.Read("config/election.yml") + "\nannouncements:\n  reminders:\n    voting_closes: 1\n");

        var early = await RunAsync("reminders", "send", "--repo", election.Folder, "--channel", "mail", "--at", VotingReminderDue);
        var onTime = await RunAsync("reminders", "send", "--repo", election.Folder, "--channel", "mail", "--at", "2026-10-25T12:00:00Z", "--dry-run");

        Assert.True(early.Exit == 0, early.Out + early.Error);
        Assert.Contains("no reminder is due", early.Out, StringComparison.Ordinal);
        Assert.True(onTime.Exit == 0, onTime.Out + onTime.Error);
        Assert.Contains("dry run: would mail voting-reminder", onTime.Out, StringComparison.Ordinal);
        Assert.Empty(sink.Received);
    }

    [Fact]
    public async Task Send_BadOffset_ExitsTwoWithTheField()
    {
        using var election = new MailElection(25);
        election.Repository.Write("config/election.yml", election.Repository.Read("config/election.yml") + "\nannouncements:\n  reminders:\n    voting_closes: 0\n");

        var (exit, _, error) = await RunAsync("reminders", "send", "--repo", election.Folder, "--channel", "mail", "--at", VotingReminderDue);

        Assert.Equal(2, exit);
        Assert.Contains("announcements.reminders.voting_closes", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    [Fact]
    public async Task Send_MailInActionsWithoutStore_ExitsTwoNamingTheStore()
    {
        using var election = new MailElection(25);

        var (exit, _, error) = await ChildCli.RunAsync(
            new Dictionary<string, string?>(StringComparer.Ordinal) { ["GITHUB_ACTIONS"] = "true", ["ELECTIONS_STORE"] = null },
            "reminders", "send", "--repo", election.Folder, "--channel", "mail", "--at", VotingReminderDue);

        Assert.Equal(2, exit);
        Assert.Contains("ELECTIONS_STORE", error, StringComparison.Ordinal);
        CliRun.AssertNoStackTrace(error);
    }

    private static Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) =>
        ChildCli.RunAsync(new Dictionary<string, string?>(StringComparer.Ordinal) { ["GITHUB_ACTIONS"] = null, ["ELECTIONS_STORE"] = null }, args);
}
