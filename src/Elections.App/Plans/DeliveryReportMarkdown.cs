using System.Globalization;
using System.Text;

namespace Elections.App.Plans;

/// <summary>Renders a <see cref="DeliveryReport"/> as Markdown, for the Actions job summary.</summary>
public static class DeliveryReportMarkdown
{
    /// <summary>Renders <paramref name="report"/> under a heading naming <paramref name="command"/>.</summary>
    public static string Render(DeliveryReport report, string command = "elections receive")
    {
        ArgumentNullException.ThrowIfNull(report);
        var context = report.Context;
        var text = new StringBuilder();
        var mode = context.DryRun ? " (dry run: nothing applied)" : "";
        text.Append(CultureInfo.InvariantCulture, $"### {command}: `{context.Key}`{mode}\n\n");
        if (context.Repository.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"Repository `{context.Repository}`, delivery `{context.DeliveryId}`.\n\n");
        }

        if (report.IgnoredReason.Length > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"Ignored: {report.IgnoredReason}.\n");
            return text.ToString();
        }

        foreach (var handler in report.Handlers)
        {
            if (handler.SkipReason.Length > 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"- **{handler.Feature}** skipped: {handler.SkipReason}\n");
                continue;
            }

            text.Append(CultureInfo.InvariantCulture, $"- **{handler.Feature}**\n");
            foreach (var effect in handler.Effects)
            {
                var outcome = effect.Outcome.Length > 0 ? $" ({effect.Outcome})" : "";
                text.Append(CultureInfo.InvariantCulture, $"  - {Label(effect.Status)}: {effect.Description}{outcome}\n");
            }

            foreach (var note in handler.Notes)
            {
                text.Append(CultureInfo.InvariantCulture, $"  - {note}\n");
            }
        }

        return text.ToString();
    }

    private static string Label(EffectStatus status) => status switch
    {
        EffectStatus.Applied => "applied",
        EffectStatus.AlreadyApplied => "already applied",
        _ => "would apply",
    };
}
