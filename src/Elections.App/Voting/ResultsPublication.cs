using System.Globalization;
using System.Text.Json.Nodes;
using Elections.Core.Configuration;

namespace Elections.App.Voting;

/// <summary>
/// <c>results/publication.json</c>, the record of the staged publication (docs/voting.md "Staged publication"): when the
/// candidates had the result (<c>candidates_notified_at</c>), so when the embargo of <c>results.embargo_hours</c> lifts.
/// </summary>
public static class ResultsPublication
{
    /// <summary>The record's path in the election repository.</summary>
    public const string Path = $"{VotingFiles.ResultsFolder}/publication.json";

    /// <summary>When the candidates had the result; null when the record does not say.</summary>
    public static DateTimeOffset? Notified(JsonObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return record["candidates_notified_at"] is JsonValue value && value.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
                ? at
                : null;
    }

    /// <summary>
    /// When the result may be public: <paramref name="notified"/> plus <c>results.embargo_hours</c>; <see cref="DateTimeOffset.MinValue"/>
    /// (at once) when the configuration sets no embargo (0 hours); null while the candidates have not had it and there is an embargo.
    /// </summary>
    public static DateTimeOffset? PublicFrom(ResultsSettings settings, DateTimeOffset? notified)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return settings.EmbargoHours <= 0 ? DateTimeOffset.MinValue : notified?.AddHours(settings.EmbargoHours);
    }
}
