using System.Globalization;
using System.Text.RegularExpressions;
using Elections.Core.Validation;

namespace Elections.Core.Voters;

/// <summary>
/// Converts the NixOS 2024 <c>voters.json</c> map (nixos-anchor §2.1) into roll voters, keeping
/// every original note verbatim (docs/voters.md "Importing the NixOS format"):
/// <list type="bullet">
/// <item><c>"email": id</c> → active automatic voter with that address; the login is not in the file, so it is left empty.</item>
/// <item><c>"@login: note": id</c> → bounced with the address when the note reports a bounce naming one, otherwise no-email.</item>
/// <item><c>"email": "@login: note"</c> → account-deleted or access-revoked per the note, without an id (the file has none).</item>
/// </list>
/// Duplicate keys, ids or addresses, unparsable keys and non-numeric ids are reported, not guessed.
/// </summary>
public static partial class NixosVoterImport
{
    /// <summary>Converts <paramref name="text"/>, reporting against <paramref name="file"/>.</summary>
    public static NixosImportResult Import(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var unmapped = new List<Problem>();
        var notices = new List<Problem>();
        var voters = new List<Voter>();
        if (!LocatedJson.TryRead(file, text, out var root, out var syntax))
        {
            return new NixosImportResult(voters, [syntax], notices);
        }

        if (root.Kind != JsonAtKind.Object)
        {
            unmapped.Add(new Problem(file, root.Line, "", $"the NixOS voter map is a JSON object {{\"email\": id, …}}, but this file holds {root.KindName}"));
            return new NixosImportResult(voters, unmapped, notices);
        }

        var state = new ImportState(file, unmapped, notices);
        foreach (var entry in root.Properties)
        {
            if (state.Convert(entry) is { } voter)
            {
                voters.Add(voter);
            }
        }

        var withoutLogin = voters.Count(v => v.Login.Length == 0);
        if (withoutLogin > 0)
        {
            notices.Add(new Problem(file, 0, "", $"{withoutLogin} voter(s) came from \"email\": id entries, which hold no login; their login is left empty until resolved (`gh api /user/ID --jq .login`)"));
        }

        if (voters.Count == 0 && unmapped.Count == 0)
        {
            notices.Add(new Problem(file, root.Line, "", "the map is empty; the roll has no voters"));
        }

        return new NixosImportResult(voters, unmapped, notices);
    }

    [GeneratedRegex(@"^@(?<login>[^\s:]+)\s*(?::\s*(?<note>.*))?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", RegexOptions.CultureInvariant)]
    private static partial Regex AddressInText();

    private sealed class ImportState(string file, List<Problem> unmapped, List<Problem> notices)
    {
        private readonly Dictionary<string, int> _keys = new(StringComparer.Ordinal);
        private readonly Dictionary<long, int> _ids = [];
        private readonly Dictionary<string, int> _emails = new(StringComparer.OrdinalIgnoreCase);
        private readonly Dictionary<string, int> _logins = new(StringComparer.OrdinalIgnoreCase);

        public Voter? Convert(JsonPropertyAt entry)
        {
            if (!_keys.TryAdd(entry.Name, entry.Line))
            {
                return Skip(entry, $"the same key appears on line {_keys[entry.Name]}; only the first is imported, merge them by hand");
            }

            return entry.Value.Kind switch
            {
                JsonAtKind.Number => FromId(entry),
                JsonAtKind.String => FromPlaceholderValue(entry),
                _ => Skip(entry, $"the value is {entry.Value.KindName}; expected a numeric GitHub id or an \"@login: note\" string"),
            };
        }

        private Voter? FromId(JsonPropertyAt entry)
        {
            if (!long.TryParse(entry.Value.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
            {
                return Skip(entry, $"the id {entry.Value.Text} is not a positive whole number");
            }

            if (!entry.Name.StartsWith('@'))
            {
                return entry.Name.Contains('@', StringComparison.Ordinal)
                    ? Claim(entry, new Voter { Id = id, Email = entry.Name, Source = VoterSource.Automatic, Status = VoterStatus.Active, Line = entry.Line })
                    : Skip(entry, "the key is neither an e-mail address nor an \"@login: note\" placeholder");
            }

            if (!TryPlaceholder(entry.Name, out var login, out var note))
            {
                return Skip(entry, "the key starts with @ but is not \"@login: note\" with a GitHub login");
            }

            var bounced = note.Contains("bounce", StringComparison.OrdinalIgnoreCase) ? AddressInText().Match(note) : Match.Empty;
            if (bounced.Success)
            {
                return Claim(entry, new Voter { Id = id, Login = login, Email = bounced.Value, Note = note, Source = VoterSource.Automatic, Status = VoterStatus.Bounced, Line = entry.Line });
            }

            if (!note.Contains("no known email", StringComparison.OrdinalIgnoreCase))
            {
                notices.Add(new Problem(file, entry.Line, entry.Name, "imported as no-email (the entry has no usable address); the original note is kept, check it"));
            }

            return Claim(entry, new Voter { Id = id, Login = login, Note = note, Source = VoterSource.Automatic, Status = VoterStatus.NoEmail, Line = entry.Line });
        }

        private Voter? FromPlaceholderValue(JsonPropertyAt entry)
        {
            if (entry.Name.StartsWith('@') || !entry.Name.Contains('@', StringComparison.Ordinal))
            {
                return Skip(entry, "an \"@login: note\" value needs an e-mail address as its key");
            }

            if (!TryPlaceholder(entry.Value.Text, out var login, out var note))
            {
                return Skip(entry, $"the value \"{entry.Value.Text}\" is neither a numeric id nor \"@login: note\"");
            }

            VoterStatus status;
            if (note.Contains("revoked", StringComparison.OrdinalIgnoreCase))
            {
                status = VoterStatus.AccessRevoked;
            }
            else if (note.Contains("does not exist", StringComparison.OrdinalIgnoreCase) || note.Contains("deleted", StringComparison.OrdinalIgnoreCase))
            {
                status = VoterStatus.AccountDeleted;
            }
            else
            {
                return Skip(entry, "the note says neither that the account was deleted nor that access was revoked; add this voter by hand");
            }

            return Claim(entry, new Voter { Login = login, Email = entry.Name, Note = note, Source = VoterSource.Automatic, Status = status, Line = entry.Line });
        }

        private Voter? Claim(JsonPropertyAt entry, Voter voter)
        {
            if (voter.Id is { } id && _ids.TryGetValue(id, out var idLine))
            {
                return Skip(entry, $"id {id} was already imported from line {idLine}; merge the two entries by hand");
            }

            if (voter.HasEmail && _emails.TryGetValue(voter.Email, out var emailLine))
            {
                return Skip(entry, $"the address {voter.Email} was already imported from line {emailLine}; keep one");
            }

            if (voter.Login.Length > 0 && _logins.TryGetValue(voter.Login, out var loginLine))
            {
                return Skip(entry, $"login {voter.Login} was already imported from line {loginLine}; keep one");
            }

            if (voter.Id is { } newId)
            {
                _ids[newId] = entry.Line;
            }

            if (voter.HasEmail)
            {
                _emails[voter.Email] = entry.Line;
            }

            if (voter.Login.Length > 0)
            {
                _logins[voter.Login] = entry.Line;
            }

            return voter;
        }

        private Voter? Skip(JsonPropertyAt entry, string why)
        {
            unmapped.Add(new Problem(file, entry.Line, entry.Name, $"not imported: {why}"));
            return null;
        }

        private static bool TryPlaceholder(string text, out string login, out string note)
        {
            var match = Placeholder().Match(text);
            login = match.Success ? match.Groups["login"].Value : "";
            note = match.Success ? match.Groups["note"].Value.Trim() : "";
            return match.Success && GitHubLogin.IsWellFormed(login);
        }
    }
}
