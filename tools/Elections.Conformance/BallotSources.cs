using Elections.Core.Ballots;
using Elections.Infrastructure.Files;

namespace Elections.Conformance;

/// <summary>Reads a case's ballot file with the project's reader for its format.</summary>
internal static class BallotSources
{
    private const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>Loads the ballots, or returns false with the reason (no reader for the format yet).</summary>
    public static bool TryLoad(string corpus, ConformanceCase conformanceCase, out BallotBox box, out string why)
    {
        box = null!;
        why = "";
        var path = Path.Combine(corpus, conformanceCase.File);
        if (path.EndsWith(".blt", StringComparison.OrdinalIgnoreCase))
        {
            box = TemporaryBltLoader.Load(InputFile.ReadText(path, conformanceCase.File, MaxBytes));
            return true;
        }

        why = $"no reader for {Path.GetExtension(path)} ({conformanceCase.ExtraString("format") ?? "format"}) yet";
        return false;
    }
}
