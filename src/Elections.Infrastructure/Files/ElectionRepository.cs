using Elections.Core.Candidates;
using Elections.Core.Configuration;
using Elections.Core.Validation;

namespace Elections.Infrastructure.Files;

/// <summary>
/// Loads a whole election repository — <c>config/election.yml</c>, <c>voters.json</c> and
/// <c>candidates/</c> — and validates every file and the rules between them in one pass. Nothing
/// here throws for bad input: every problem is collected, in file order.
/// </summary>
public static class ElectionRepository
{
    /// <summary>The configuration's path inside the repository.</summary>
    public const string ConfigPath = "config/election.yml";

    /// <summary>The configuration file's size limit.</summary>
    public const long MaxConfigBytes = 1024 * 1024;

    /// <summary>Loads and validates the repository at <paramref name="folder"/>.</summary>
    public static LoadedElection Load(string folder)
    {
        var configProblems = new List<Problem>();
        ElectionConfig? config = null;
        ElectionConfig? asRead = null;
        try
        {
            var text = InputFile.ReadRepositoryText(folder, ConfigPath, MaxConfigBytes, "create it (see docs/configuration.md) or pass the right --repo folder");
            var parsed = ElectionConfigParser.Parse(text, ConfigPath);
            configProblems.AddRange(parsed.Problems);
            if (parsed.TryGetConfig(out var valid))
            {
                config = valid;
            }

            if (parsed.TryGetConfigAsRead(out var partial))
            {
                asRead = partial;
            }
        }
        catch (InvalidInputException exception)
        {
            configProblems.AddRange(exception.Problems);
        }

        var excludedIds = asRead?.Eligibility.ExcludedAccounts.Select(account => account.Id).ToList() ?? [];
        var officials = asRead is null
            ? ElectionOfficials.None
            : new ElectionOfficials(
                [.. asRead.Officials.Select(official => official.Id)],
                [.. asRead.Officials.Select(official => official.Login)],
                $"{ConfigPath} officials");
        var files = ElectionFilesReader.Read(folder, excludedIds, $"{ConfigPath} eligibility.excluded_accounts", officials);
        var rollUnreadable = files.Roll.Voters.Count == 0 && files.Problems.Any(problem => problem.File == ElectionFilesReader.RollPath);
        if (config is not null && !rollUnreadable)
        {
            configProblems.AddRange(ConfigCrossChecks.Check(config, files.Roll.Voters.Count));
        }

        return new LoadedElection(config, files, [.. configProblems, .. files.Problems]);
    }
}
