namespace Elections.App.Plans;

/// <summary>
/// One mutation a handler wants (a comment, a label, a team change, an email). Effects are data:
/// the router applies them through the ports, or with dry run only reports them.
/// </summary>
public abstract record Effect
{
    /// <summary>
    /// Stable across redeliveries of the same logical event, e.g. <c>ping:owner/repo:12345</c>:
    /// an effect whose key is already in the journal is never applied again.
    /// </summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>One line for people: what applying this effect does.</summary>
    public abstract string Describe();
}
