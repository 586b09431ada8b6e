using System.Text;
using System.Text.Json.Nodes;
using Elections.App.Ports.GitHub;
using Elections.App.Voting;
using Elections.Core.Configuration;
using Elections.Core.Voting;
using Elections.Sandbox.State;

namespace Elections.Cli.Rehearsal;

/// <summary>The write-back as the emulated governance repository holds it: the bot's open pull request and the file it proposes.</summary>
internal static class RehearsalGovernance
{
    /// <summary>The open write-back pull request of this election in the governance repository, if any.</summary>
    public static JsonNode? OpenPull(SandboxState state, ElectionConfig config) =>
        Repository(config) is { } repository
            ? state.ListPulls(repository.Owner, repository.Name, "open").FirstOrDefault(p => p!["head"]!["ref"]!.GetValue<string>() == GovernanceWriteBack.Branch(config.Slug))
            : null;

    /// <summary>The governance file's text on the write-back pull request's branch.</summary>
    public static string ProposedFile(SandboxState state, ElectionConfig config)
    {
        var repository = Repository(config)!;
        var content = state.GetContent(repository.Owner, repository.Name, config.Results.GovernanceFile!.Path, GovernanceWriteBack.Branch(config.Slug));
        return Encoding.UTF8.GetString(Convert.FromBase64String(content["content"]!.GetValue<string>()));
    }

    /// <summary>The members the proposed file lists.</summary>
    public static IReadOnlyList<GovernanceMember> ProposedMembers(SandboxState state, ElectionConfig config) =>
        GovernanceMembers.Parse(ProposedFile(state, config), config.Results.GovernanceFile!.Path);

    private static RepositoryRef? Repository(ElectionConfig config) =>
        config.Results.GovernanceFile is { } file && RepositoryRef.TryParse(file.Repository, out var repository) ? repository : null;
}
