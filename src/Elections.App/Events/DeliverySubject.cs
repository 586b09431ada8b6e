using System.Globalization;
using System.Text.Json;

namespace Elections.App.Events;

/// <summary>
/// The subject a delivery is about, for per-subject ordering in the queue: <c>owner/repo#12</c> for an
/// issue or pull request, empty when the event has none (push, installation …). Read from the raw
/// payload's top level with a forward-only reader: no typed model is built at the endpoint.
/// </summary>
public static class DeliverySubject
{
    /// <summary>False when <paramref name="utf8Json"/> is not a JSON object.</summary>
    public static bool TryRead(ReadOnlySpan<byte> utf8Json, out string subject)
    {
        subject = "";
        var reader = new Utf8JsonReader(utf8Json, new JsonReaderOptions { MaxDepth = 256 });
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            string repository = "";
            long? number = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("repository"u8))
                {
                    reader.Read();
                    repository = ReadMember(ref reader, "full_name"u8) is { ValueKind: JsonValueKind.String } name ? name.GetString() ?? "" : repository;
                }
                else if (reader.ValueTextEquals("issue"u8) || reader.ValueTextEquals("pull_request"u8))
                {
                    reader.Read();
                    number = ReadMember(ref reader, "number"u8) is { ValueKind: JsonValueKind.Number } value && value.TryGetInt64(out var n) ? n : number;
                }
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject)
            {
                return false;
            }

            subject = repository.Length > 0 && number is { } issue ? string.Create(CultureInfo.InvariantCulture, $"{repository}#{issue}") : "";
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Reads the current value; when it is an object, returns its <paramref name="member"/> (a scalar) and skips the rest.</summary>
    private static JsonElement? ReadMember(ref Utf8JsonReader reader, ReadOnlySpan<byte> member)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        JsonElement? found = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var wanted = reader.ValueTextEquals(member);
            reader.Read();
            if (wanted && reader.TokenType is JsonTokenType.String or JsonTokenType.Number)
            {
                found = JsonElement.ParseValue(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        return found;
    }
}
