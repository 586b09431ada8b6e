using System.CommandLine;
using Elections.App.Announcements;
using Elections.App.Configuration;
using Elections.Core.Mail;
using Elections.Core.Validation;
using Elections.Infrastructure.Announcements;
using Elections.Infrastructure.Files;

namespace Elections.Cli.Commands;

/// <summary>
/// <c>elections announce NAME --channel discourse|github|website|email [--repo DIR] [--out DIR] [--dry-run] [--post]</c>:
/// renders an announcement for one channel (mail for the first recipient, as a preview); <c>--post</c> sends a
/// Discourse announcement through its API, posts it on the election's GitHub announcement pull request, or proposes the
/// website page as a pull request to the site repository (docs/mail.md).
/// </summary>
internal static class AnnounceCommand
{
    public static Command Build(TextWriter output, TextWriter error)
    {
        var name = new Argument<string>("NAME") { Description = "The announcement, e.g. kickoff (templates/announcements/NAME/)" };
        var channel = new Option<string>("--channel") { Description = "discourse, github, website or email", Required = true };
        channel.AcceptOnlyFromAmong([.. AnnouncementChannels.Names]);
        var repo = GlobalOptions.Repo();
        var outDir = new Option<DirectoryInfo?>("--out") { Description = "Write NAME.CHANNEL.md (and .html for website and email) into this folder instead of standard output" };
        var dryRun = new Option<bool>("--dry-run") { Description = "With --post: show what would be posted, post nothing" };
        var post = new Option<bool>("--post") { Description = "Post it: Discourse through its API (DISCOURSE_URL, DISCOURSE_API_KEY, DISCOURSE_API_USERNAME); GitHub as the election's announcement pull request (--github); the website page as a pull request to announcements.site_repository" };
        var github = GlobalOptions.GitHub();
        var elected = new Option<string[]>("--elected") { Description = "For result: the elected logins in the final order (default: results/results.json from elections results)", AllowMultipleArgumentsPerToken = true };
        var command = new Command("announce", "Render an announcement for Discourse, GitHub, the website or mail; --post publishes it");
        command.Arguments.Add(name);
        command.Options.Add(channel);
        command.Options.Add(repo);
        command.Options.Add(outDir);
        command.Options.Add(dryRun);
        command.Options.Add(post);
        command.Options.Add(elected);
        command.Options.Add(github);
        command.SetAction(ElectionsCli.Action(output, error, async (context, cancellationToken) =>
        {
            var folder = context.Get(repo).FullName;
            var election = ElectionFolder.Load(folder);
            if (!election.TryGetConfig(out var config))
            {
                throw new InvalidInputException(election.Problems);
            }

            if (!AnnouncementChannels.TryParse(context.Get(channel), out var target))
            {
                throw new InvalidInputException(new Problem("", 0, "--channel", $"use one of {string.Join(", ", AnnouncementChannels.Names)}"));
            }

            var template = context.Get(name);
            var electedLogins = context.Parse.GetValue(elected) is { Length: > 0 } given ? given : ResultsFiles.ElectedLogins(folder);
            var model = AnnouncementModels.Of(config, election.Roll, election.Candidates, electedLogins);
            RecipientView? recipient = null;
            if (target == AnnouncementChannel.Email)
            {
                var recipients = MailRecipients.Select(election.Roll, [], out _);
                var first = recipients.Count > 0 ? recipients[0] : throw new InvalidInputException(new Problem(election.Roll.File, 0, "", "no voter can be mailed, so there is no mail to preview"));
                recipient = AnnouncementModels.Recipient(first);
            }

            var rendered = new ScribanAnnouncementRenderer(folder).Render(template, target, model, recipient);
            if (context.Parse.GetValue(outDir) is { } directory)
            {
                directory.Create();
                var stem = Path.Combine(directory.FullName, $"{template}.{AnnouncementChannels.Name(target)}");
                await File.WriteAllTextAsync(stem + ".md", rendered.Markdown, cancellationToken).ConfigureAwait(false);
                if (rendered.Html.Length > 0)
                {
                    await File.WriteAllTextAsync(stem + ".html", rendered.Html, cancellationToken).ConfigureAwait(false);
                }

                await output.WriteLineAsync($"wrote {stem}.md{(rendered.Html.Length > 0 ? " and .html" : "")}: {rendered.Title}").ConfigureAwait(false);
            }
            else if (!context.Get(post))
            {
                await output.WriteLineAsync($"{rendered.Title}\n\n{rendered.Markdown}").ConfigureAwait(false);
            }

            if (context.Get(post) && target == AnnouncementChannel.GitHub)
            {
                return await AnnounceOnGitHub.PostAsync(output, context.Parse.GetValue(github), config, template, rendered, context.Get(dryRun), cancellationToken).ConfigureAwait(false);
            }

            if (context.Get(post) && target == AnnouncementChannel.Website)
            {
                return await AnnounceOnGitHub.ProposePageAsync(output, config, template, rendered, context.Get(dryRun), cancellationToken).ConfigureAwait(false);
            }

            if (context.Get(post))
            {
                return await PostAsync(output, target, rendered, config.Announcements.DiscourseCategory, context.Get(dryRun), cancellationToken).ConfigureAwait(false);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static async Task<int> PostAsync(TextWriter output, AnnouncementChannel target, RenderedAnnouncement rendered, int category, bool dryRun, CancellationToken cancellationToken)
    {
        if (target != AnnouncementChannel.Discourse)
        {
            throw new InvalidInputException(new Problem("", 0, "--post", "mail is sent with `elections mail send NAME`, which journals every recipient"));
        }

        string Require(string variable) => CliEnvironment.Get(variable) is { Length: > 0 } value
            ? value
            : throw new InvalidInputException(Problem.Setting(variable, "is not set: --post to Discourse needs DISCOURSE_URL, DISCOURSE_API_KEY and DISCOURSE_API_USERNAME"));
        var url = Require(ElectionsVariables.DiscourseUrl);
        var key = Require(ElectionsVariables.DiscourseApiKey);
        var user = Require(ElectionsVariables.DiscourseApiUsername);
        if (!Uri.TryCreate(url.EndsWith('/') ? url : url + "/", UriKind.Absolute, out var baseUrl))
        {
            throw new InvalidInputException(Problem.Setting(ElectionsVariables.DiscourseUrl, $"'{url}' is not a URL: write the forum's address, like https://discourse.example.org"));
        }

        if (dryRun)
        {
            await output.WriteLineAsync($"dry run: would post \"{rendered.Title}\" to {baseUrl} as {user}").ConfigureAwait(false);
            return ExitCodes.Ok;
        }

        using var http = new HttpClient();
        Uri topic;
        try
        {
            topic = await new DiscourseClient(http, baseUrl, key, user).PostTopicAsync(rendered.Title, rendered.Markdown, category, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException refused) when (refused.StatusCode is { } status && (int)status is >= 400 and < 500)
        {
            // The key, the user, the category or the post itself: something the committee fixes.
            throw new InvalidInputException(new Problem("", 0, "--post", $"{refused.Message} (check {ElectionsVariables.DiscourseApiKey}, {ElectionsVariables.DiscourseApiUsername} and announcements.discourse_category)"));
        }

        await output.WriteLineAsync($"posted: {topic}").ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
