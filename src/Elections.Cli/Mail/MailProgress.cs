using Elections.App.Mail;
using Spectre.Console;

namespace Elections.Cli.Mail;

/// <summary>A progress bar on the terminal (standard error) while a mailout runs; nothing when standard error is not a terminal.</summary>
internal static class MailProgress
{
    public static async Task<MailoutSummary> RunAsync(int total, Func<IProgress<MailoutProgress>?, Task<MailoutSummary>> run)
    {
        if (Console.IsErrorRedirected || total == 0)
        {
            return await run(null).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        MailoutSummary? summary = null;
        await console.Progress().AutoClear(false).StartAsync(async context =>
        {
            var task = context.AddTask("sending", maxValue: total);
            summary = await run(new Progress<MailoutProgress>(p =>
            {
                task.Value = p.Done;
                task.Description = $"sent {p.Sent}, failed {p.Failed}";
            })).ConfigureAwait(false);
            task.Value = total;
        }).ConfigureAwait(false);
        return summary!;
    }
}
