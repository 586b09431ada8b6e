using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;

namespace Elections.Conformance;

/// <summary>Reads a case's ballot file with the project's reader (format detected from the content).</summary>
internal static class BallotSources
{
    /// <summary>Loads the ballots, or returns false with the reason (no reader for the format).</summary>
    public static bool TryLoad(string corpus, ConformanceCase conformanceCase, out BallotBox box, out string why)
    {
        box = null!;
        why = "";
        var path = Path.Combine(corpus, conformanceCase.File);
        if (path.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase))
        {
            why = "no reader for .xlsx cast-vote records";
            return false;
        }

        using var stream = File.OpenRead(path);
        box = BallotReader.Read(stream, conformanceCase.File).Ballots;
        return true;
    }
}
