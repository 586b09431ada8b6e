namespace Elections.Core.Validation;

/// <summary>
/// One thing wrong with an input file, located precisely enough for a person to fix it
/// (DESIGN principle 6: "errors a person can act on").
/// </summary>
/// <param name="File">
/// The file as the user named it, e.g. <c>config/election.yml</c>; empty for a <see cref="Setting"/>
/// problem, which the host locates where the setting came from.
/// </param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Field">
/// The field path, e.g. <c>timeline.voting_opens</c>, or a <see cref="SettingKeys"/> key; empty for
/// file-level problems.
/// </param>
/// <param name="Message">What is wrong and how to fix it, in one or two sentences.</param>
/// <param name="Column">1-based column, or 0 when unknown or irrelevant.</param>
public sealed record Problem(string File, int Line, string Field, string Message, int Column = 0)
{
    /// <summary>
    /// A problem with a setting, named by its domain key (<see cref="SettingKeys"/>) and not located
    /// yet: Core does not know whether a flag, a configuration line or a caller gave the value.
    /// </summary>
    public static Problem Setting(string key, string message) => new("", 0, key, message);

    /// <summary>True for a <see cref="Setting"/> problem that no host has located yet.</summary>
    public bool IsUnlocatedSetting => File.Length == 0 && Field.Length > 0;

    /// <summary>Renders <c>file:line[:column]: field: message</c>, the form every command prints (<c>key: message</c> for a setting).</summary>
    public override string ToString()
    {
        if (File.Length == 0)
        {
            return Field.Length == 0 ? Message : $"{Field}: {Message}";
        }

        var location = Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
        return Field.Length == 0 ? $"{location}: {Message}" : $"{location}: {Field}: {Message}";
    }
}
