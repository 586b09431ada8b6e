using System.Globalization;
using Elections.Core.Ballots.Formats;
using Elections.Core.Validation;

namespace Elections.Core.Tally.Settings;

/// <summary>
/// Decides every setting of a count and records where it came from (issue 9, <c>tally --election</c>):
/// a setting given with the request (a flag, on the command line) wins over the election's <c>config/election.yml</c>, which wins over the ballot file (its
/// header's seat count, its format's or comment's unranked rule), which wins over the default. A
/// requested value that replaces a configured value is listed in <see cref="CountPlan.Overrides"/>; a seat
/// count taken from the file's header is listed in <see cref="CountPlan.Notes"/>, because headers
/// are often not the real number (NixOS 2024's BLT says 23 for 7 seats).
/// </summary>
public static class CountSettingsResolver
{
    private static readonly string[] Transferable = ["plurality", "approval", "irv", "meek", "meek-nz", "scottish-stv", "ers97", "stv", "stv-portland"];

    /// <summary>Resolves <paramref name="request"/>; throws <see cref="InvalidInputException"/> for an unknown method.</summary>
    public static CountPlan Resolve(CountRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = new List<CountSetting>();
        var overrides = new List<string>();
        var notes = new List<string>();
        var election = request.Election;
        var config = election?.Config;

        var methodName = Pick(request.Method, request.NameOf(SettingKeys.Method, "method"), config?.Counting.Method, election, "counting.method", overrides)
            ?? throw new InvalidInputException(Problem.Setting(SettingKeys.Method, "no counting method: name one, or count for an election whose config/election.yml names one"));
        if (!TallyMethods.TryGet(methodName, out var method))
        {
            var list = string.Join(", ", TallyMethods.Names);
            throw new InvalidInputException(request.Method is null && election is not null
                ? new Problem(election.ConfigPath, election.LineOf("counting.method"), "counting.method", $"'{methodName}' is not a counting method; use one of: {list}")
                : Problem.Setting(SettingKeys.Method, $"'{methodName}' is not a counting method; use one of: {list}"));
        }

        settings.Add(Setting("method", method.Name, request.Method is not null, election, "counting.method", request.NameOf(SettingKeys.Method, "method")));

        var seats = SeatsSetting(request, election, overrides, notes);
        settings.Add(seats.Setting);

        var quota = request.Quota ?? (config?.Counting.Quota is { } q && q != QuotaKind.Default ? q : null);
        if (request.Quota is { } flagQuota && config is not null && config.Counting.Quota != QuotaKind.Default && config.Counting.Quota != flagQuota)
        {
            overrides.Add($"{request.NameOf(SettingKeys.Quota, "quota")} {Name(flagQuota)} replaces counting.quota {Name(config.Counting.Quota)} ({election!.Where("counting.quota")})");
        }

        settings.AddRange(QuotaSetting(method.Name, quota, request, election, notes));

        var configUnranked = config?.Counting.Unranked is { } u && u != UnrankedPolicy.Default ? u : (UnrankedPolicy?)null;
        if (request.Unranked is { } flagRule && configUnranked is { } configRule && flagRule != configRule)
        {
            overrides.Add($"{request.NameOf(SettingKeys.Unranked, "unranked rule")} {Name(flagRule)} replaces counting.unranked {Name(configRule)} ({election!.Where("counting.unranked")})");
        }

        var unranked = request.Unranked ?? configUnranked ?? request.Ballots.DefaultUnranked;
        settings.Add(UnrankedSetting(method.Name, unranked, request, election, configUnranked is not null, notes));

        var (groups, groupSetting) = Conflicts(request, election, overrides);
        if (groupSetting is not null)
        {
            settings.Add(groupSetting);
        }

        var termGroups = request.LongTerms is null && config is not null ? config.Terms : [];
        if (request.LongTerms is { } longTerms)
        {
            settings.Add(new CountSetting("terms", $"the first {longTerms} winners get the long term", SettingOrigin.Flag, request.NameOf(SettingKeys.LongTerms, "long terms")));
            if (config is { Terms.Count: > 0 })
            {
                overrides.Add($"{request.NameOf(SettingKeys.LongTerms, "long terms")} {longTerms} replaces terms ({election!.Where("terms")})");
            }
        }
        else if (termGroups.Count > 0)
        {
            var text = string.Join(", ", termGroups.Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Seats} × {t.Years} {(t.Years == 1 ? "year" : "years")}")));
            settings.Add(new CountSetting("terms", text, SettingOrigin.ElectionConfig, election!.Where("terms")));
        }

        return new CountPlan
        {
            Method = method,
            Options = new TallyOptions { Seats = seats.Value, Quota = quota ?? QuotaKind.Default, Unranked = unranked },
            Groups = groups,
            LongTerms = request.LongTerms,
            TermGroups = termGroups,
            Settings = settings,
            Overrides = overrides,
            Notes = notes,
        };
    }

    private static string? Pick(string? flag, string flagName, string? configured, ElectionCountRules? election, string field, List<string> overrides)
    {
        if (flag is not null && configured is not null && !string.Equals(flag, configured, StringComparison.OrdinalIgnoreCase))
        {
            overrides.Add($"{flagName} {flag} replaces {field} {configured} ({election!.Where(field)})");
        }

        return flag ?? configured;
    }

    private static CountSetting Setting(string name, string value, bool fromFlag, ElectionCountRules? election, string field, string flag) =>
        fromFlag ? new CountSetting(name, value, SettingOrigin.Flag, flag) : new CountSetting(name, value, SettingOrigin.ElectionConfig, election!.Where(field));

    private static (int Value, CountSetting Setting) SeatsSetting(CountRequest request, ElectionCountRules? election, List<string> overrides, List<string> notes)
    {
        var text = (int n) => n.ToString(CultureInfo.InvariantCulture);
        if (request.Seats is { } flag)
        {
            if (election is not null && election.Config.Seats != flag)
            {
                overrides.Add($"{request.NameOf(SettingKeys.Seats, "seats")} {text(flag)} replaces seats {text(election.Config.Seats)} ({election.Where("seats")})");
            }

            return (flag, new CountSetting("seats", text(flag), SettingOrigin.Flag, request.NameOf(SettingKeys.Seats, "seats")));
        }

        if (election is not null)
        {
            return (election.Config.Seats, new CountSetting("seats", text(election.Config.Seats), SettingOrigin.ElectionConfig, election.Where("seats")));
        }

        if (request.Ballots.Ballots.DeclaredSeats is { } declared)
        {
            notes.Add($"seats: {text(declared)} from the header of {request.BallotPath}; a BLT header is not always the real number (give {request.NameOf(SettingKeys.Seats, "seats")} or the election to count another)");
            return (declared, new CountSetting("seats", text(declared), SettingOrigin.BallotFile, $"the header of {request.BallotPath}"));
        }

        return (1, new CountSetting("seats", "1", SettingOrigin.Default, $"the default; {request.BallotPath} declares none"));
    }

    private static IEnumerable<CountSetting> QuotaSetting(string method, QuotaKind? chosen, CountRequest request, ElectionCountRules? election, List<string> notes)
    {
        var fixedQuota = method switch
        {
            "scottish-stv" => "Droop, whole: floor(valid / (seats + 1)) + 1 (SSI 2007/42 r46)",
            "ers97" => "valid / (seats + 1) to 2 decimals, + 0.01 when inexact (ERS97 5.1.6)",
            "stv" or "stv-portland" => "Droop, whole: floor(continuing / (seats + 1)) + 1, on the first round",
            "irv" => "more than half of the continuing votes",
            _ => null,
        };
        if (method is "meek" or "meek-nz")
        {
            var kind = chosen ?? QuotaKind.Fractional;
            var value = kind == QuotaKind.Whole ? "Droop, whole: floor(votes / (seats + 1)) + 1" : "Droop, fractional: votes / (seats + 1) + one unit of precision, recomputed each iteration";
            yield return chosen is null
                ? new CountSetting("quota", value, SettingOrigin.Method, $"{method}'s default")
                : Setting("quota", value, request.Quota is not null, election, "counting.quota", request.NameOf(SettingKeys.Quota, "quota"));
            yield break;
        }

        if (chosen is not null)
        {
            notes.Add($"quota {Name(chosen.Value)} is not used: {method} {(fixedQuota is null ? "has no quota" : "has its own")}");
        }

        if (fixedQuota is not null)
        {
            yield return new CountSetting("quota", fixedQuota, SettingOrigin.Method, $"{method}'s rule");
        }
    }

    private static CountSetting UnrankedSetting(string method, UnrankedPolicy rule, CountRequest request, ElectionCountRules? election, bool configured, List<string> notes)
    {
        if (Transferable.Contains(method))
        {
            return new CountSetting("unranked", "passed over (a ballot counts only for the candidates it ranks)", SettingOrigin.Method, $"{method}'s rule");
        }

        if (method == "civs-proportional")
        {
            if (rule == UnrankedPolicy.Incomparable)
            {
                notes.Add("unranked: civs-proportional reads unranked candidates as tied last, as CIVS stores them; the incomparable rule is not used");
            }

            return new CountSetting("unranked", "tied last", SettingOrigin.Method, "civs-proportional's rule (CIVS stores unranked as rank N)");
        }

        var value = rule == UnrankedPolicy.Incomparable ? "incomparable (No opinion)" : "tied last";
        if (request.Unranked is not null)
        {
            return new CountSetting("unranked", value, SettingOrigin.Flag, request.NameOf(SettingKeys.Unranked, "unranked rule"));
        }

        if (configured)
        {
            return new CountSetting("unranked", value, SettingOrigin.ElectionConfig, election!.Where("counting.unranked"));
        }

        var file = request.Ballots;
        var source = file.Format == BallotFormat.Blt && file.DefaultUnranked == UnrankedPolicy.Incomparable
            ? $"the '# {BltUnrankedComment.Prefix}' comment in {request.BallotPath}"
            : $"the {BallotFormatNames.NameOf(file.Format)} format of {request.BallotPath}";
        return new CountSetting("unranked", value, SettingOrigin.BallotFile, source);
    }

    private static (IReadOnlyList<PostCount.ConflictGroup> Groups, CountSetting? Setting) Conflicts(CountRequest request, ElectionCountRules? election, List<string> overrides)
    {
        if (request.Conflicts is { } given)
        {
            if (election is not null && ElectionConflictGroups.From(election, request.Ballots.Ballots.Candidates).Count > 0)
            {
                overrides.Add($"{request.NameOf(SettingKeys.Conflicts, "conflict groups")} {given.Path} replaces the conflict groups of the candidate files");
            }

            return (given.Groups, new CountSetting("conflict groups", Describe(given.Groups), SettingOrigin.ConflictsFile, given.Path));
        }

        if (election is null)
        {
            return ([], null);
        }

        var groups = ElectionConflictGroups.From(election, request.Ballots.Ballots.Candidates);
        return (groups, new CountSetting("conflict groups", Describe(groups), SettingOrigin.ElectionConfig, $"candidates/ and {election.Where("conflicts_of_interest.max_elected_per_group")}"));
    }

    private static string Describe(IReadOnlyList<PostCount.ConflictGroup> groups) => groups.Count == 0
        ? "none"
        : string.Join("; ", groups.Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Name}: {string.Join(", ", g.Members)} (at most {g.Max})")));

    private static string Name(QuotaKind kind) => kind.ToString().ToLowerInvariant();

    private static string Name(UnrankedPolicy rule) => rule.ToString().ToLowerInvariant();
}
