namespace Elections.App.Routing;

/// <summary>
/// Another worker holds the effect's key right now; the delivery is retried later, when that worker
/// has either completed the effect (then it is skipped) or abandoned it.
/// </summary>
public sealed class EffectInProgressException : Exception
{
    public EffectInProgressException(string key)
        : base($"effect {key} is being applied by another worker; retrying later")
    {
        Key = key;
    }

    public EffectInProgressException()
        : this("")
    {
    }

    public EffectInProgressException(string message, Exception innerException)
        : base(message, innerException)
    {
        Key = "";
    }

    public string Key { get; } = "";
}
