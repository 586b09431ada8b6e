using System.Text;

namespace Elections.Cli.Ballots;

/// <summary>Passes text through to <see cref="Inner"/> and keeps its first characters, so a written file's head can be checked without reading it again.</summary>
internal sealed class HeadWriter(int keep) : TextWriter
{
    private readonly StringBuilder _head = new();

    /// <summary>Where the text goes.</summary>
    public TextWriter Inner { get; set; } = Null;

    public override Encoding Encoding => Inner.Encoding;

    public override void Write(char value)
    {
        Keep(new ReadOnlySpan<char>(in value));
        Inner.Write(value);
    }

    public override void Write(string? value)
    {
        Keep(value);
        Inner.Write(value);
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        Keep(buffer);
        Inner.Write(buffer);
    }

    public override void Write(char[] buffer, int index, int count)
    {
        Keep(buffer.AsSpan(index, count));
        Inner.Write(buffer, index, count);
    }

    public override void Write(StringBuilder? value)
    {
        if (value is not null)
        {
            Write(value.ToString());
        }
    }

    /// <summary>The kept text as UTF-8, at most <c>keep</c> bytes.</summary>
    public byte[] Bytes()
    {
        var bytes = Encoding.UTF8.GetBytes(_head.ToString());
        return bytes.Length <= keep ? bytes : bytes[..keep];
    }

    public override void Flush() => Inner.Flush();

    private void Keep(ReadOnlySpan<char> text)
    {
        var room = keep - _head.Length;
        if (room > 0)
        {
            _head.Append(text[..Math.Min(room, text.Length)]);
        }
    }
}
