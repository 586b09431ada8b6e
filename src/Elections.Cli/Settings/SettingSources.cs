using Elections.Core.Validation;

namespace Elections.Cli.Settings;

/// <summary>
/// Where each setting of one command came from: the flag the user typed (<c>--seats</c>) or the file
/// and line that wrote it. Core names a setting by its domain key (<see cref="SettingKeys"/>); this
/// turns such a problem into one located where the user can fix it (DESIGN principle 6).
/// </summary>
internal sealed class SettingSources
{
    private readonly List<Source> _sources = [];

    /// <summary>Records that <paramref name="key"/> (and every key under it) was given with <paramref name="flag"/>.</summary>
    public SettingSources Flag(string key, string flag)
    {
        _sources.Add(new Source(key, flag, 0, "", IsFlag: true));
        return this;
    }

    /// <summary>
    /// Records that <paramref name="key"/> (and every key under it) was written in <paramref name="file"/>
    /// at <paramref name="line"/> as <paramref name="field"/>.
    /// </summary>
    public SettingSources File(string key, string file, int line, string field)
    {
        _sources.Add(new Source(key, file, line, field, IsFlag: false));
        return this;
    }

    /// <summary>The exception with every problem located; problems about other things are kept as they are.</summary>
    public InvalidInputException Locate(InvalidInputException exception) => new(exception.Problems.Select(Locate).ToArray());

    /// <summary>
    /// A setting problem moved to where its key came from; a problem in a file that names a key given
    /// with a flag names that flag instead of the key.
    /// </summary>
    public Problem Locate(Problem problem)
    {
        var source = _sources.Where(s => Covers(s.Key, problem.Field)).MaxBy(s => s.Key.Length);
        if (source is null)
        {
            return problem;
        }

        if (!problem.IsUnlocatedSetting)
        {
            return source.IsFlag ? problem with { Field = source.File } : problem;
        }

        var rest = problem.Field[source.Key.Length..].TrimStart('.');
        var field = source.Field.Length == 0 ? rest : rest.Length == 0 ? source.Field : $"{source.Field}.{rest}";
        return problem with { File = source.File, Line = source.Line, Field = field };
    }

    private static bool Covers(string key, string field) =>
        field.StartsWith(key, StringComparison.Ordinal) && (field.Length == key.Length || field[key.Length] == '.');

    private sealed record Source(string Key, string File, int Line, string Field, bool IsFlag);
}
