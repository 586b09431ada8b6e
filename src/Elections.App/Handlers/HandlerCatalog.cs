namespace Elections.App.Handlers;

/// <summary>Every handler the bot runs: the webhook host and <c>elections receive</c> route through the same set.</summary>
public static class HandlerCatalog
{
    public static IReadOnlyList<IWebhookHandler> All() => [new PingCommentHandler()];
}
