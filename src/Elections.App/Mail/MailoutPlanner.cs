using Elections.App.Announcements;
using Elections.App.Ports.Mail;
using Elections.Core.Configuration;
using Elections.Core.Mail;
using Elections.Core.Snapshots;
using Elections.Core.Validation;

namespace Elections.App.Mail;

/// <summary>
/// Renders a mailout before anything is sent: one message per recipient (<see cref="MailRecipients"/>), each with its
/// deterministic Message-Id (<see cref="MessageIds"/>). Any template error, for any recipient, stops it here.
/// </summary>
public static class MailoutPlanner
{
    /// <summary>
    /// The messages of announcement <paramref name="name"/> to the voters of <paramref name="election"/> (only <paramref name="only"/> when given);
    /// <paramref name="elected"/> (logins in the final order) fills the <c>result</c> template's list of the elected.
    /// </summary>
    public static IReadOnlyList<PreparedMail> Prepare(
        string name,
        ElectionConfig config,
        ElectionSnapshot election,
        IReadOnlyCollection<string> only,
        IAnnouncementRenderer renderer,
        DateTimeOffset date,
        IReadOnlyList<string>? elected = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(election);
        ArgumentNullException.ThrowIfNull(renderer);
        var recipients = MailRecipients.Select(election.Roll, only, out var problems);
        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        var model = AnnouncementModels.Of(config, election.Roll, election.Candidates, elected);
        PreparedMail Prepare(MailRecipient recipient)
        {
            var rendered = renderer.Render(name, AnnouncementChannel.Email, model, AnnouncementModels.Recipient(recipient));
            var mail = new OutgoingMail
            {
                From = config.Mail.From,
                To = recipient.Address,
                Subject = rendered.Title,
                MessageId = MessageIds.For(config.Slug, name, recipient, config.Mail.From),
                Text = rendered.Markdown,
                Html = rendered.Html,
                Date = date,
            };
            return new PreparedMail(recipient.Key, recipient.Voter.Label, mail);
        }

        // Rendered in parallel (most of a large mailout's time); the first recipient's problem in roll order is the one reported.
        var mails = new PreparedMail[recipients.Count];
        var problemsAt = new InvalidInputException?[recipients.Count];
        Parallel.For(0, recipients.Count, i =>
        {
            try
            {
                mails[i] = Prepare(recipients[i]);
            }
            catch (InvalidInputException problem)
            {
                problemsAt[i] = problem;
            }
        });
        if (Array.Find(problemsAt, problem => problem is not null) is { } first)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        }

        return mails;
    }
}
