namespace Elections.Core.Ballots.Formats;

/// <summary>The names of the ballot formats (the <see cref="Validation.SettingKeys.BallotFormat"/> setting), as docs/ballot-formats.md lists them.</summary>
public static class BallotFormatNames
{
    private static readonly (BallotFormat Format, string Name)[] Names =
    [
        (BallotFormat.Blt, "blt"),
        (BallotFormat.Civs, "civs"),
        (BallotFormat.CivsProportional, "civs-proportional"),
        (BallotFormat.CivsUpload, "civs-upload"),
        (BallotFormat.Debian, "debian"),
        (BallotFormat.Cvr, "cvr"),
        (BallotFormat.CvrXlsx, "cvr-xlsx"),
    ];

    /// <summary>Every name, in documentation order.</summary>
    public static IReadOnlyList<string> All { get; } = Names.Select(n => n.Name).ToArray();

    /// <summary>The name of <paramref name="format"/>.</summary>
    public static string NameOf(BallotFormat format) => Array.Find(Names, n => n.Format == format).Name ?? format.ToString();

    /// <summary>Parses a format name (case-insensitive).</summary>
    public static bool TryParse(string name, out BallotFormat format)
    {
        foreach (var (candidate, text) in Names)
        {
            if (string.Equals(text, name?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }

        format = BallotFormat.Blt;
        return false;
    }
}
