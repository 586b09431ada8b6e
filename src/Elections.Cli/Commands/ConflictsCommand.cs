using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Elections.App.Configuration;
using Elections.App.Ports;
using Elections.App.Presentation;
using Elections.Core.Candidacy;
using Elections.Core.Configuration;
using Elections.Core.Validation;
using Elections.Core.Voters;
using Elections.Infrastructure.Files;
using Elections.Infrastructure.Store;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections conflicts declare|remove|list|disclose|disclosures|independence|pairs</c>: the committee's
/// private conflict-of-interest register in the store (<c>ELECTIONS_STORE</c>), keyed by the election's
/// repository; people are named by login (looked up in voters.json) or numeric id.
/// </summary>
internal static class ConflictsCommand
{
    public static Command Create(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var command = new Command("conflicts", "The committee's conflict-of-interest groups and disclosures, kept in the store (never in the repository)");
        command.Subcommands.Add(Declare(output, error));
        command.Subcommands.Add(Remove(output, error));
        command.Subcommands.Add(List(output, error));
        command.Subcommands.Add(Disclose(output, error, clock));
        command.Subcommands.Add(Disclosures(output, error));
        command.Subcommands.Add(IndependenceCommand(output, error));
        command.Subcommands.Add(Pairs(output, error));
        return command;
    }

    private static Command Declare(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("NAME") { Description = "The group, e.g. an employer" };
        var members = new Argument<string[]>("MEMBER") { Description = "Logins (from voters.json) or numeric GitHub ids", Arity = ArgumentArity.OneOrMore };
        var (repo, store) = (GlobalOptions.Repo(), StoreOption());
        var command = new Command("declare", "Declare a conflict group (replaces the members of a group of that name)") { name, members, repo, store };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = Election.Load(context.Get(repo));
            var people = election.Resolve(context.Get(members));
            var group = new ConflictGroup(context.Get(name).Trim(), [.. people.Select(p => p.Id)]);
            if (group.Name.Length == 0)
            {
                throw new InvalidInputException(new Problem("command line", 0, "NAME", "give the group a name, e.g. the employer they share"));
            }

            await using var register = await OpenAsync(context.Get(store), ct).ConfigureAwait(false);
            await register.DeclareAsync(election.Repository, group, ct).ConfigureAwait(false);
            await output.WriteLineAsync($"declared '{group.Name}' for {election.Repository}: {string.Join(", ", people)}".AsMemory(), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Remove(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("NAME") { Description = "The group to remove" };
        var (repo, store) = (GlobalOptions.Repo(), StoreOption());
        var command = new Command("remove", "Remove a conflict group") { name, repo, store };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = Election.Load(context.Get(repo));
            await using var register = await OpenAsync(context.Get(store), ct).ConfigureAwait(false);
            if (!await register.RemoveAsync(election.Repository, context.Get(name), ct).ConfigureAwait(false))
            {
                throw new InvalidInputException(new Problem("command line", 0, "NAME", $"no group '{context.Get(name)}' is declared for {election.Repository}; `elections conflicts list` shows them"));
            }

            await output.WriteLineAsync($"removed '{context.Get(name)}'".AsMemory(), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command List(TextWriter output, TextWriter error)
    {
        var (repo, store, json) = (GlobalOptions.Repo(), StoreOption(), GlobalOptions.Json());
        var command = new Command("list", "List the declared conflict groups") { repo, store, json };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = Election.Load(context.Get(repo));
            await using var register = await OpenAsync(context.Get(store), ct).ConfigureAwait(false);
            var groups = await register.ReadAsync(election.Repository, ct).ConfigureAwait(false);
            var rows = groups.Select(g => new { name = g.Name, members = g.MemberIds.Select(election.Person).Select(p => new { id = p.Id, login = p.Login }).ToList() }).ToList();
            var text = context.Get(json)
                ? JsonSerializer.Serialize(new { groups = rows }, CliJson.Indented) + "\n"
                : groups.Count == 0 ? "no conflict groups declared\n"
                : string.Concat(groups.Select(g => $"{g.Name}: {string.Join(", ", g.MemberIds.Select(election.Person))}\n"));
            await output.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Disclose(TextWriter output, TextWriter error, TimeProvider clock)
    {
        var login = new Argument<string>("PERSON") { Description = "The login (from voters.json) or numeric id of who disclosed" };
        var text = new Option<string?>("--text") { Description = "The disclosure, as received" };
        var file = new Option<FileInfo?>("--file") { Description = "Read the disclosure from this file (e.g. the saved mail)" };
        var source = new Option<string>("--source") { Description = "How it reached the committee", DefaultValueFactory = _ => "mail" };
        var (repo, store) = (GlobalOptions.Repo(), StoreOption());
        var command = new Command("disclose", "Record a conflict-of-interest disclosure received privately") { login, text, file, source, repo, store };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = Election.Load(context.Get(repo));
            var person = election.Resolve([context.Get(login)])[0];
            var body = context.Get(file) is { } path ? InputFile.ReadText(path.FullName, path.Name) : context.Get(text);
            if (string.IsNullOrWhiteSpace(body))
            {
                throw new InvalidInputException(new Problem("command line", 0, "--text", "give the disclosure with --text TEXT or --file FILE"));
            }

            await using var register = await OpenAsync(context.Get(store), ct).ConfigureAwait(false);
            await register.RecordDisclosureAsync(
                election.Repository,
                new Disclosure { UserId = person.Id, Login = person.Login, Text = body.Trim(), Source = context.Get(source), ReceivedAt = clock.GetUtcNow() },
                ct).ConfigureAwait(false);
            await output.WriteLineAsync($"recorded the disclosure of {person}".AsMemory(), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Disclosures(TextWriter output, TextWriter error)
    {
        var (repo, store, json) = (GlobalOptions.Repo(), StoreOption(), GlobalOptions.Json());
        var command = new Command("disclosures", "Show the disclosures received (private: for the committee only)") { repo, store, json };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = Election.Load(context.Get(repo));
            await using var register = await OpenAsync(context.Get(store), ct).ConfigureAwait(false);
            var disclosures = await register.ReadDisclosuresAsync(election.Repository, ct).ConfigureAwait(false);
            var text = context.Get(json)
                ? JsonSerializer.Serialize(new { disclosures }, CliJson.Indented) + "\n"
                : disclosures.Count == 0 ? "no disclosures recorded\n"
                : string.Concat(disclosures.Select(d => $"@{d.Login} ({d.Source}, {Instants.Format(d.ReceivedAt)}):\n  {d.Text.ReplaceLineEndings("\n  ")}\n"));
            await output.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command IndependenceCommand(TextWriter output, TextWriter error)
    {
        var nominee = new Argument<string>("NOMINEE") { Description = "The nominee's login or id" };
        var endorsers = new Argument<string[]>("ENDORSER") { Description = "The endorsers' logins or ids (as `elections candidates status` lists them)", Arity = ArgumentArity.ZeroOrMore };
        var (repo, store, json) = (GlobalOptions.Repo(), StoreOption(), GlobalOptions.Json());
        var command = new Command("independence", "Show how many mutually independent people a nominee and their endorsers are, and why") { nominee, endorsers, repo, store, json };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = Election.Load(context.Get(repo));
            var people = election.Resolve([context.Get(nominee), .. context.Get(endorsers)]);
            await using var register = await OpenAsync(context.Get(store), ct).ConfigureAwait(false);
            var groups = await register.ReadAsync(election.Repository, ct).ConfigureAwait(false);
            var explanation = IndependenceExplanation.Of(people[0], people[1..], groups, election.Config.Endorsements.MinIndependent);
            var text = context.Get(json)
                ? JsonSerializer.Serialize(ConflictsText.IndependenceJson(explanation), CliJson.Indented) + "\n"
                : ConflictsText.Independence(explanation);
            await output.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static Command Pairs(TextWriter output, TextWriter error)
    {
        var (repo, store, json) = (GlobalOptions.Repo(), StoreOption(), GlobalOptions.Json());
        var command = new Command("pairs", "Show the conflict pairs among the candidates (what finalise publishes)") { repo, store, json };
        command.SetAction(ElectionsCli.Action(output, error, async (context, ct) =>
        {
            var election = Election.Load(context.Get(repo));
            var candidates = election.Resolve([.. election.Snapshot.Candidates.Select(c => c.Login)]);
            await using var register = await OpenAsync(context.Get(store), ct).ConfigureAwait(false);
            var groups = await register.ReadAsync(election.Repository, ct).ConfigureAwait(false);
            var pairs = ConflictPairs.Among(candidates, groups);
            var text = context.Get(json)
                ? JsonSerializer.Serialize(new { pairs = pairs.Select(ConflictsText.PairJson) }, CliJson.Indented) + "\n"
                : ConflictsText.Pairs(pairs);
            await output.WriteAsync(text.AsMemory(), ct).ConfigureAwait(false);
            return ExitCodes.Ok;
        }));
        return command;
    }

    internal static Option<string> StoreOption() => new("--store")
    {
        Description = $"The store: a SQLite file or a PostgreSQL connection string (default: ${ElectionsVariables.Store}, else {StoreFactory.DefaultSqlitePath})",
        DefaultValueFactory = _ => CliEnvironment.Get(ElectionsVariables.Store) ?? StoreFactory.DefaultSqlitePath,
    };

    internal static async Task<SqlStore> OpenAsync(string setting, CancellationToken ct)
    {
        var store = StoreFactory.Open(setting, TimeProvider.System);
        await store.MigrateAsync(ct).ConfigureAwait(false);
        return store;
    }

    /// <summary>The election folder the register is keyed by, and people looked up in its roll.</summary>
    private sealed record Election(Core.Snapshots.ElectionSnapshot Snapshot, ElectionConfig Config)
    {
        public string Repository => $"{Config.Organization}/{Config.Repository}";

        public static Election Load(DirectoryInfo folder)
        {
            var snapshot = ElectionFolder.Load(folder.FullName);
            return snapshot.TryGetConfig(out var config) ? new Election(snapshot, config) : throw new InvalidInputException(snapshot.Problems);
        }

        public Person Person(long id) =>
            Snapshot.Roll.TryFindById(id, out var voter) ? new Person(id, voter.Login) : new Person(id, id.ToString(CultureInfo.InvariantCulture));

        /// <summary>Each name as a person: a numeric id as is, a login through voters.json; every unknown login is a problem.</summary>
        public List<Person> Resolve(IReadOnlyList<string> names)
        {
            var problems = new List<Problem>();
            var people = new List<Person>();
            foreach (var name in names.Select(n => n.Trim().TrimStart('@')))
            {
                if (long.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
                {
                    people.Add(Person(id));
                }
                else if (Snapshot.Roll.TryFindByLogin(name, out Voter voter) && voter.Id is { } voterId)
                {
                    people.Add(new Person(voterId, voter.Login));
                }
                else
                {
                    problems.Add(new Problem(Snapshot.Roll.File, 0, name, $"'{name}' is not on the voter roll with a numeric id: give the numeric GitHub id instead (gh api users/{name} --jq .id)"));
                }
            }

            return problems.Count > 0 ? throw new InvalidInputException(problems) : people;
        }
    }
}
