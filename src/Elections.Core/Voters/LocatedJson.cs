using System.Text;
using System.Text.Json;
using Elections.Core.Validation;

namespace Elections.Core.Voters;

/// <summary>The JSON value kinds a <see cref="JsonAt"/> can hold.</summary>
internal enum JsonAtKind
{
    Object,
    Array,
    String,
    Number,
    Boolean,
    Null,
}

/// <summary>A JSON property with the line its name starts on.</summary>
internal sealed record JsonPropertyAt(string Name, int Line, JsonAt Value);

/// <summary>
/// A JSON value that remembers its line, so every problem can name the line a person must fix.
/// Objects keep their properties as a list (duplicates included) in file order.
/// </summary>
internal sealed record JsonAt(JsonAtKind Kind, int Line, string Text, IReadOnlyList<JsonPropertyAt> Properties, IReadOnlyList<JsonAt> Items)
{
    public string KindName => Kind switch
    {
        JsonAtKind.Object => "an object",
        JsonAtKind.Array => "an array",
        JsonAtKind.String => "a string",
        JsonAtKind.Number => "a number",
        JsonAtKind.Boolean => "a boolean",
        _ => "null",
    };
}

/// <summary>
/// Reads JSON text with <see cref="Utf8JsonReader"/> into <see cref="JsonAt"/> values, computing
/// line numbers from byte offsets. Malformed JSON becomes one <see cref="Problem"/> with its line.
/// </summary>
internal static class LocatedJson
{
    private const int MaxDepth = 64;

    public static bool TryRead(string file, string text, out JsonAt root, out Problem problem)
    {
        root = null!;
        problem = null!;
        if (text.Trim().Length == 0)
        {
            problem = new Problem(file, 0, "", "file is empty; it must hold a JSON document");
            return false;
        }

        var bytes = Encoding.UTF8.GetBytes(text.TrimStart('\uFEFF'));
        var lines = LineStarts(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        try
        {
            reader.Read();
            root = ReadValue(ref reader, lines);
            if (reader.Read())
            {
                problem = new Problem(file, LineOf(lines, reader.TokenStartIndex), "", "extra content after the end of the JSON document; remove it");
                return false;
            }

            return true;
        }
        catch (JsonException exception)
        {
            var line = exception.LineNumber is { } number ? checked((int)number + 1) : 0;
            var column = exception.BytePositionInLine is { } position ? checked((int)position + 1) : 0;
            problem = new Problem(file, line, "", $"not valid JSON: {Describe(exception.Message)}; fix the syntax (see docs/voters.md)", column);
            return false;
        }
        catch (InvalidOperationException)
        {
            // GetString refuses a string whose escapes are not valid UTF-16, such as a lone surrogate \ud800.
            problem = new Problem(file, LineOf(lines, reader.TokenStartIndex), "",
                "a string holds an escape that is not a character (a lone surrogate such as \\ud800); write the text itself");
            return false;
        }
    }

    private static string Describe(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = (cut >= 0 ? message[..cut] : message).TrimEnd().TrimEnd('.');
        return text.Length == 0 ? "syntax error" : text;
    }

    private static JsonAt ReadValue(ref Utf8JsonReader reader, int[] lines)
    {
        var line = LineOf(lines, reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var properties = new List<JsonPropertyAt>();
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var nameLine = LineOf(lines, reader.TokenStartIndex);
                    var name = reader.GetString() ?? "";
                    reader.Read();
                    properties.Add(new JsonPropertyAt(name, nameLine, ReadValue(ref reader, lines)));
                }

                return new JsonAt(JsonAtKind.Object, line, "", properties, []);
            case JsonTokenType.StartArray:
                var items = new List<JsonAt>();
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    items.Add(ReadValue(ref reader, lines));
                }

                return new JsonAt(JsonAtKind.Array, line, "", [], items);
            case JsonTokenType.String:
                return new JsonAt(JsonAtKind.String, line, reader.GetString() ?? "", [], []);
            case JsonTokenType.Number:
                return new JsonAt(JsonAtKind.Number, line, Encoding.UTF8.GetString(reader.ValueSpan), [], []);
            case JsonTokenType.True:
            case JsonTokenType.False:
                return new JsonAt(JsonAtKind.Boolean, line, reader.TokenType == JsonTokenType.True ? "true" : "false", [], []);
            default:
                return new JsonAt(JsonAtKind.Null, line, "null", [], []);
        }
    }

    private static int[] LineStarts(byte[] bytes)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == (byte)'\n')
            {
                starts.Add(i + 1);
            }
        }

        return [.. starts];
    }

    private static int LineOf(int[] starts, long offset)
    {
        var index = Array.BinarySearch(starts, checked((int)offset));
        return (index >= 0 ? index : ~index - 1) + 1;
    }
}
