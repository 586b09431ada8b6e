namespace Elections.Core.Validation;

/// <summary>
/// One thing wrong with an input file, located precisely enough for a person to fix it
/// (DESIGN principle 6: "errors a person can act on").
/// </summary>
/// <param name="File">The file as the user named it, e.g. <c>config/election.yml</c>.</param>
/// <param name="Line">1-based line, or 0 when the problem concerns the whole file.</param>
/// <param name="Field">The field path, e.g. <c>timeline.voting_opens</c>; empty for file-level problems.</param>
/// <param name="Message">What is wrong and how to fix it, in one or two sentences.</param>
/// <param name="Column">1-based column, or 0 when unknown or irrelevant.</param>
public sealed record Problem(string File, int Line, string Field, string Message, int Column = 0)
{
    /// <summary>Renders <c>file:line[:column]: field: message</c>, the form every command prints.</summary>
    public override string ToString()
    {
        var location = Line <= 0 ? File : Column <= 0 ? $"{File}:{Line}" : $"{File}:{Line}:{Column}";
        return Field.Length == 0 ? $"{location}: {Message}" : $"{location}: {Field}: {Message}";
    }
}
