using Elections.App.Ports.Mail;

namespace Elections.App.Mail;

/// <summary>The journal already holds this mailout and the run was not asked to resume it.</summary>
public sealed class MailoutAlreadyStartedException : Exception
{
    public MailoutAlreadyStartedException()
    {
    }

    public MailoutAlreadyStartedException(string message)
        : base(message)
    {
    }

    public MailoutAlreadyStartedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MailoutAlreadyStartedException(MailoutKey mailout, int recorded, int sent)
        : base($"the store already records the mailout {mailout} ({sent} of {recorded} recipients sent): run again with --resume to send only what is not recorded as sent")
    {
    }
}
