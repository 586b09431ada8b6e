using Elections.App.Plans;
using Elections.App.Ports;
using Elections.App.Ports.GitHub;
using Elections.Core.Snapshots;
using Microsoft.Extensions.Logging;

namespace Elections.App.ElectionFiles;

/// <summary>
/// Finds the election a delivery acts on: reads its repository's files from the default branch
/// through <see cref="IElectionFiles"/> and checks them with <see cref="ElectionSnapshotReader"/>. A
/// repository without <c>config/election.yml</c> is ignored with a log line; an election with any
/// validate problem is not acted on, and the issue or pull request gets the problems instead.
/// </summary>
public sealed partial class ElectionGate(IElectionFiles files, ILogger<ElectionGate> logger)
{
    /// <summary>
    /// The election of <paramref name="delivery"/>'s repository. <paramref name="issueNumber"/> is the
    /// issue or pull request to reply on when the election is broken; 0 when the event concerns none.
    /// </summary>
    public async Task<ElectionGateResult> OpenAsync(DeliveryContext delivery, int issueNumber, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(delivery);
        if (!RepositoryRef.TryParse(delivery.Repository, out var repository))
        {
            Log.NoRepository(logger, delivery.Key);
            return new ElectionGateResult(ElectionGateStatus.NotAnElection, "", "", null, Plan.Skip("the event names no repository"));
        }

        var context = new GitHubCallContext { InstallationId = delivery.InstallationId, DeliveryId = delivery.DeliveryId };
        var read = await files.ReadAsync(repository, context, cancellationToken).ConfigureAwait(false);
        var key = repository.FullName;
        if (!read.TryGetSources(out var sources))
        {
            Log.NotAnElection(logger, key, ElectionLayout.ConfigPath, read.Revision);
            return new ElectionGateResult(ElectionGateStatus.NotAnElection, key, read.Revision, null, Plan.Skip($"{key} holds no {ElectionLayout.ConfigPath}"));
        }

        var snapshot = ElectionSnapshotReader.Read(sources);
        if (snapshot.IsValid)
        {
            return new ElectionGateResult(ElectionGateStatus.Ready, key, read.Revision, snapshot, Plan.Skip("the election is valid"));
        }

        Log.Broken(logger, key, read.Revision, snapshot.Problems.Count, issueNumber);
        var reply = issueNumber > 0
            ? Plan.Of(BrokenElectionReply.For(key, read.Revision, issueNumber, snapshot))
            : Plan.Skip($"the election files of {key} have {snapshot.Problems.Count} problem(s) and the event concerns no issue");
        return new ElectionGateResult(ElectionGateStatus.Broken, key, read.Revision, snapshot, reply);
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 401, Level = LogLevel.Information, Message = "Ignored {Event}: it names no repository")]
        public static partial void NoRepository(ILogger logger, string @event);

        [LoggerMessage(EventId = 402, Level = LogLevel.Information, Message = "Ignored {Repository}: no {ConfigPath} at {Revision}; it is not an election")]
        public static partial void NotAnElection(ILogger logger, string repository, string configPath, string revision);

        [LoggerMessage(EventId = 403, Level = LogLevel.Warning, Message = "Election {Repository} at {Revision} has {ProblemCount} problem(s); not acting, replying on #{IssueNumber}")]
        public static partial void Broken(ILogger logger, string repository, string revision, int problemCount, int issueNumber);
    }
}
