using Elections.Core.Ballots.Formats;

namespace Elections.Conformance;

/// <summary>
/// Reads a case's ballot file with the project's reader (format detected from the content, .xlsx
/// included); cast-vote records are read by the rules of the case's RCTab config (<c>extra.rules</c>)
/// when it has one.
/// </summary>
internal static class BallotSources
{
    /// <summary>Loads the ballots, or returns false with the reason (no reader for the format).</summary>
    public static bool TryLoad(string corpus, ConformanceCase conformanceCase, out BallotFile file, out string why)
    {
        why = "";
        var rulesFile = conformanceCase.ExtraString("rules");
        var options = new BallotReadOptions
        {
            CvrRules = rulesFile is null ? null : RctabRules.Parse(File.ReadAllText(Path.Combine(corpus, rulesFile)), rulesFile),
        };
        using var stream = File.OpenRead(Path.Combine(corpus, conformanceCase.File));
        file = BallotReader.Read(stream, conformanceCase.File, options);
        return true;
    }
}
