namespace Elections.Core.Candidates;

/// <summary>The text of one input file with the name it is reported under (Core never reads files itself).</summary>
/// <param name="File">The display path, e.g. <c>candidates/amara-okafor.md</c>.</param>
/// <param name="Text">The file's content.</param>
public sealed record SourceText(string File, string Text);
