using System.Text;

namespace Elections.Cli.Terminal;

/// <summary>
/// Standard output or error as the command sees it: the text goes to <see cref="Inner"/> unchanged,
/// and the writer carries whether <see cref="Paint"/> may add colour (a terminal, no <c>NO_COLOR</c>,
/// no <c>--json</c>; see <see cref="ColourPolicy"/>).
/// </summary>
internal sealed class TerminalWriter(TextWriter inner, bool colour) : TextWriter
{
    public TextWriter Inner { get; } = inner;

    public bool Colour { get; } = colour;

    public override Encoding Encoding => Inner.Encoding;

    public override IFormatProvider FormatProvider => Inner.FormatProvider;

    public override void Write(char value) => Inner.Write(value);

    public override void Write(string? value) => Inner.Write(value);

    public override void WriteLine(string? value) => Inner.WriteLine(value);

    public override Task WriteAsync(string? value) => Inner.WriteAsync(value);

    public override Task WriteLineAsync(string? value) => Inner.WriteLineAsync(value);

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
        Inner.WriteAsync(buffer, cancellationToken);

    public override Task WriteLineAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default) =>
        Inner.WriteLineAsync(buffer, cancellationToken);

    public override void Flush() => Inner.Flush();

    public override Task FlushAsync() => Inner.FlushAsync();

    /// <summary><paramref name="text"/> in the colour of <paramref name="tone"/> when <paramref name="writer"/> shows colour; else unchanged.</summary>
    public static string Paint(TextWriter writer, Tone tone, string text)
    {
        if (writer is not TerminalWriter { Colour: true })
        {
            return text;
        }

        var code = tone switch
        {
            Tone.Error => "31",
            Tone.Warning => "33",
            _ => "32",
        };
        return $"\u001b[{code}m{text}\u001b[0m";
    }
}
