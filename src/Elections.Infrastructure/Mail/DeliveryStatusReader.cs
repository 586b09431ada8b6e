using Elections.Core.Validation;
using Elections.Infrastructure.Files;
using MimeKit;

namespace Elections.Infrastructure.Mail;

/// <summary>One failed recipient of a delivery status notification.</summary>
/// <param name="Address">The address that failed (the DSN's Final-Recipient, or Original-Recipient).</param>
/// <param name="Reason">Status code and diagnostic, with the date of the report.</param>
public sealed record Bounce(string Address, string Reason);

/// <summary>
/// Reads delivery status notifications (RFC 3464, <c>multipart/report; report-type=delivery-status</c>) with MimeKit:
/// the recipients whose <c>Action</c> is <c>failed</c> bounced (nixos-anchor §4.2: bounces were handled by hand).
/// </summary>
public static class DeliveryStatusReader
{
    private const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>The failed recipients reported in <paramref name="path"/>; a file that is no DSN is bad input naming it.</summary>
    public static IReadOnlyList<Bounce> Read(string path, string displayName)
    {
        var bytes = InputFile.ReadBytes(path, displayName, MaxBytes);
        MimeMessage message;
        try
        {
            message = MimeMessage.Load(new MemoryStream(bytes));
        }
        catch (FormatException exception)
        {
            throw new InvalidInputException(new Problem(displayName, 0, "", $"is not a mail message ({exception.Message}): pass the bounce as saved by the mail client (.eml)"));
        }

        var report = message.BodyParts.OfType<MessageDeliveryStatus>().FirstOrDefault()
            ?? throw new InvalidInputException(new Problem(displayName, 0, "", "holds no delivery status report (message/delivery-status): only RFC 3464 bounces can be read; mark other bounces by hand in voters.json"));
        var date = message.Date.ToUniversalTime().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var bounces = new List<Bounce>();
        foreach (var group in report.StatusGroups.Skip(1))
        {
            if (!string.Equals(group["Action"]?.Trim(), "failed", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var recipient = group["Final-Recipient"] ?? group["Original-Recipient"] ?? "";
            var address = recipient[(recipient.IndexOf(';', StringComparison.Ordinal) + 1)..].Trim();
            if (address.Length == 0)
            {
                continue;
            }

            var diagnostic = group["Diagnostic-Code"] is { } code ? $": {code[(code.IndexOf(';', StringComparison.Ordinal) + 1)..].Trim()}" : "";
            bounces.Add(new Bounce(address, $"bounced on {date} (status {group["Status"]?.Trim()}{diagnostic})"));
        }

        return bounces;
    }
}
