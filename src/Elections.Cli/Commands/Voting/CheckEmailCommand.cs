using System.CommandLine;
using Elections.App.Voting;
using Elections.Core.Validation;
using Elections.Core.Voting;

namespace Elections.Cli.Commands.Voting;

/// <summary>
/// <c>elections voting check-email ADDRESS [--repo DIR]</c> (issue 13 item 2): hashes the address with the published
/// salt and looks it up in <c>voting/roll-hashes.txt</c>. Exit 0 when it is on the roll, 1 when it is not.
/// </summary>
internal static class CheckEmailCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var address = new Argument<string>("ADDRESS") { Description = "Your e-mail address" };
        var repo = GlobalOptions.Repo();
        var command = new Command("check-email", "Check that an e-mail address is on the published voter roll (voting/roll-hashes.txt) without the list revealing addresses") { address, repo };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var path = Path.Combine(context.Get(repo).FullName, VotingFiles.RollHashes);
            if (!File.Exists(path))
            {
                throw new InvalidInputException(new Problem(VotingFiles.RollHashes, 0, "roll hashes", "not published yet: the committee publishes it with `elections voting export`"));
            }

            if (!RollHashes.TryParse(await File.ReadAllTextAsync(path, ct).ConfigureAwait(false), out var salt, out var hashes))
            {
                throw new InvalidInputException(new Problem(VotingFiles.RollHashes, 0, "salt", $"the file has no '{RollHashes.SaltPrefix.Trim()}' line: it is not a roll-hash list"));
            }

            var hash = RollHashes.Hash(salt, context.Get(address));
            var found = hashes.Contains(hash);
            await output.WriteLineAsync(found
                ? $"on the roll: sha256(salt:address) = {hash} is in {VotingFiles.RollHashes}"
                : $"not on the roll: {hash} is not in {VotingFiles.RollHashes}; if you should vote, write to the election committee (docs/voting.md)").ConfigureAwait(false);
            return found ? ExitCodes.Ok : ExitCodes.Failure;
        }));
        return command;
    }
}
