namespace Elections.App.Ports.Mail;

/// <summary>
/// The SMTP server answered a message with an error: <see cref="Permanent"/> for a 5xx reply (this recipient or
/// message will not be accepted), otherwise a 4xx reply or a broken connection worth one more try.
/// </summary>
public sealed class MailRefusedException : Exception
{
    public MailRefusedException()
    {
    }

    public MailRefusedException(string message)
        : base(message)
    {
    }

    public MailRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MailRefusedException(string message, bool permanent, Exception? innerException = null)
        : base(message, innerException)
    {
        Permanent = permanent;
    }

    /// <summary>True when trying again will not help.</summary>
    public bool Permanent { get; }
}
