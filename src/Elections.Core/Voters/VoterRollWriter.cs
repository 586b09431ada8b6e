using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Elections.Core.Voters;

/// <summary>
/// Writes a roll in the <c>elections/voters</c> version 1 format with one voter per line, so a
/// voter's change is a one-line diff (nixos-anchor §3.9: e-mail pull requests change one entry).
/// </summary>
public static class VoterRollWriter
{
    private static readonly JsonSerializerOptions StringOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Renders the voters, and the audit section when <paramref name="audit"/> has lines (one per line too),
    /// as <c>voters.json</c> text (LF line ends, final newline).
    /// </summary>
    public static string Write(IReadOnlyList<Voter> voters, IReadOnlyList<RollAuditEntry>? audit = null)
    {
        ArgumentNullException.ThrowIfNull(voters);
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append(CultureInfo.InvariantCulture, $"  \"format\": {Quote(VoterRoll.FormatName)},\n");
        text.Append(CultureInfo.InvariantCulture, $"  \"version\": {VoterRoll.CurrentVersion},\n");
        text.Append("  \"voters\": [\n");
        for (var i = 0; i < voters.Count; i++)
        {
            text.Append("    ").Append(Line(voters[i])).Append(i + 1 < voters.Count ? ",\n" : "\n");
        }

        if (audit is { Count: > 0 })
        {
            text.Append("  ],\n  \"audit\": [\n");
            for (var i = 0; i < audit.Count; i++)
            {
                text.Append("    ").Append(Line(audit[i])).Append(i + 1 < audit.Count ? ",\n" : "\n");
            }
        }

        text.Append("  ]\n}\n");
        return text.ToString();
    }

    private static string Line(RollAuditEntry entry)
    {
        var parts = new List<string>
        {
            $"\"at\": {Quote(entry.At.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}",
            $"\"action\": {Quote(RollChangeKinds.ToText(entry.Action))}",
            $"\"id\": {Number(entry.Id)}",
        };
        if (entry.PreviousId is { } previous)
        {
            parts.Add($"\"previous_id\": {previous.ToString(CultureInfo.InvariantCulture)}");
        }

        parts.Add($"\"login\": {Quote(entry.Login)}");
        parts.Add($"\"reason\": {Quote(entry.Reason)}");
        if (entry.By.Length > 0)
        {
            parts.Add($"\"by\": {Quote(entry.By)}");
        }

        if (entry.Proof.Length > 0)
        {
            parts.Add($"\"proof\": {Quote(entry.Proof)}");
        }

        return "{" + string.Join(", ", parts) + "}";
    }

    private static string Number(long? value) => value is { } number ? number.ToString(CultureInfo.InvariantCulture) : "null";

    private static string Line(Voter voter)
    {
        var parts = new List<string>
        {
            $"\"id\": {Number(voter.Id)}",
            $"\"login\": {Quote(voter.Login)}",
        };
        if (voter.HasEmail)
        {
            parts.Add($"\"email\": {Quote(voter.Email)}");
        }

        if (voter.EmailSource.Length > 0)
        {
            parts.Add($"\"email_source\": {Quote(voter.EmailSource)}");
        }

        parts.Add(voter.Source.Kind == VoterSourceKind.Automatic
            ? "\"source\": {\"kind\": \"automatic\"}"
            : $"\"source\": {{\"kind\": \"exception\", \"reason\": {Quote(voter.Source.Reason)}}}");
        parts.Add($"\"status\": {Quote(VoterRules.ToText(voter.Status))}");
        if (voter.Note.Length > 0)
        {
            parts.Add($"\"note\": {Quote(voter.Note)}");
        }

        return "{" + string.Join(", ", parts) + "}";
    }

    private static string Quote(string value) => JsonSerializer.Serialize(value, StringOptions);
}
