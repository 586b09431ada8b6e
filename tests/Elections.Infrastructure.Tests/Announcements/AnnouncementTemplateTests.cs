using Elections.App.Announcements;
using Elections.Core.Mail;
using Elections.Core.Validation;
using Elections.Infrastructure.Announcements;

namespace Elections.Infrastructure.Tests.Announcements;

/// <summary>
/// Every built-in announcement rendered for every channel from the sample election, compared with the golden files in
/// Announcements/Golden (regenerate with ELECTIONS_UPDATE_GOLDEN=1 and review the diff).
/// </summary>
public sealed class AnnouncementTemplateTests
{
    private static readonly string[] Templates =
        ["kickoff", "nominations-reminder", "endorsements-reminder", "candidates", "voting-start", "voting-reminder", "result", "roll-notice"];

    public static TheoryData<string, string> Cases
    {
        get
        {
            var cases = new TheoryData<string, string>();
            foreach (var template in Templates)
            {
                foreach (var channel in AnnouncementChannels.Names.Where(c => template != "roll-notice" || c == "email"))
                {
                    cases.Add(template, channel);
                }
            }

            return cases;
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Render_SampleElection_MatchesGoldenFile(string template, string channel)
    {
        Assert.True(AnnouncementChannels.TryParse(channel, out var target));
        var renderer = new ScribanAnnouncementRenderer(SampleRepository.Root);
        var rendered = renderer.Render(template, target, SampleRepository.Model(["amara-okafor", "bruno-lindqvist"]), target == AnnouncementChannel.Email ? FirstRecipient() : null);

        var text = $"Title: {rendered.Title}\n\n{rendered.Markdown}" + (rendered.Html.Length > 0 ? $"\n----- html -----\n{rendered.Html}" : "");
        Golden.Check($"{template}.{channel}.txt", text);
    }

    [Fact]
    public void Names_BuiltIn_EveryAnnouncementOfTheIssue()
    {
        Assert.Equal(Templates.Order(), new ScribanAnnouncementRenderer(null).Names.Order());
    }

    [Fact]
    public void Render_Discourse_ParagraphsOnOneLine()
    {
        var rendered = new ScribanAnnouncementRenderer(SampleRepository.Root).Render("kickoff", AnnouncementChannel.Discourse, SampleRepository.Model(), null);

        var paragraph = rendered.Markdown.Split('\n').Single(line => line.StartsWith("Nominations are open until", StringComparison.Ordinal));
        Assert.EndsWith("by 2026-09-29 AoE (2026-09-30 12:00 UTC).", paragraph, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CommitteeOverrideWithUnknownField_NamesTemplateLineAndColumn()
    {
        var folder = SampleRepository.Copy();
        try
        {
            var path = Path.Combine(folder.FullName, "templates", "announcements", "kickoff");
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "body.sbn"), "Welcome.\n\nSeats: {{ election.seets }}\n");

            var error = Assert.Throws<InvalidInputException>(() =>
                new ScribanAnnouncementRenderer(folder.FullName).Render("kickoff", AnnouncementChannel.GitHub, SampleRepository.Model(), null));

            var problem = Assert.Single(error.Problems);
            Assert.Equal("templates/announcements/kickoff/body.sbn", problem.File);
            Assert.Equal(3, problem.Line);
            Assert.True(problem.Column > 1);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Render_CommitteeOverride_WinsOverBuiltIn()
    {
        var folder = SampleRepository.Copy();
        try
        {
            var path = Path.Combine(folder.FullName, "templates", "announcements", "voting-start");
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "body.sbn"), "Go vote in the {{ election.name }}.\n");

            var rendered = new ScribanAnnouncementRenderer(folder.FullName).Render("voting-start", AnnouncementChannel.GitHub, SampleRepository.Model(), null);

            Assert.Equal("Go vote in the Example Co-op Steering Committee Election 2026.\n", rendered.Markdown);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Render_LinkToMissingFile_FailsNamingThePath()
    {
        var folder = SampleRepository.Copy();
        try
        {
            File.Delete(Path.Combine(folder.FullName, "voters.json"));

            var error = Assert.Throws<InvalidInputException>(() =>
                new ScribanAnnouncementRenderer(folder.FullName).Render("kickoff", AnnouncementChannel.Website, SampleRepository.Model(), null));

            Assert.Contains("voters.json", Assert.Single(error.Problems).Message, StringComparison.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Render_RecipientWithoutLoginWhereTemplateNeedsOne_FailsBeforeSending()
    {
        var folder = SampleRepository.Copy();
        try
        {
            var path = Path.Combine(folder.FullName, "templates", "announcements", "roll-notice");
            Directory.CreateDirectory(path);
            File.WriteAllText(Path.Combine(path, "body.sbn"), "Your login: {{ recipient.login }}\n");
            var recipient = new RecipientView("", "someone@example.org", null, "account-deleted");

            var error = Assert.Throws<InvalidInputException>(() =>
                new ScribanAnnouncementRenderer(folder.FullName).Render("roll-notice", AnnouncementChannel.Email, SampleRepository.Model(), recipient));

            var problem = Assert.Single(error.Problems);
            Assert.Equal((1, "templates/announcements/roll-notice/body.sbn"), (problem.Line, problem.File));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static RecipientView FirstRecipient()
    {
        var election = SampleRepository.Load(out _);
        return AnnouncementModels.Recipient(MailRecipients.Select(election.Roll, [], out _)[0]);
    }
}
