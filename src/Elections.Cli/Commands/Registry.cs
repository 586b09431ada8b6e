using System.CommandLine;

namespace Elections.Cli.Commands;

/// <summary>Every top-level command, in the order <c>--help</c> lists them.</summary>
internal static class Registry
{
    public static IEnumerable<Command> All(TextWriter output, TextWriter error, TimeProvider clock)
    {
        yield return ValidateCommand.Build(output, error);
        yield return StatusCommand.Build(output, error, clock);
        yield return VotersCommand.Build(output, error, clock);
        yield return MailCommand.Build(output, error, clock);
        yield return AnnounceCommand.Build(output, error);
        yield return RemindersCommand.Build(output, error, clock);
        yield return BallotsCommand.Create(output, error);
        yield return TallyCommand.Create(output, error, clock);
        yield return VotingCommand.Create(output, error, clock);
        yield return ResultsCommand.Create(output, error, clock);
        yield return ReceiveCommand.Create(output, error);
        yield return ServeCommand.Create(output, error);
        yield return SandboxCommand.Create(output, error);
        yield return CandidatesCommand.Create(output, error, clock);
        yield return ConflictsCommand.Create(output, error, clock);
        yield return RehearseCommand.Create(output, error);
        yield return DashboardCommand.Create(output, error, clock);
    }
}
