using Octokit.Webhooks.Models;

namespace Elections.App.Handlers;

/// <summary>Whether a payload's account is a bot: GitHub says so, or the login ends in <c>[bot]</c>. Bots never vote.</summary>
internal static class BotAccounts
{
    public static bool IsBot(User user) =>
        string.Equals(user.Type?.StringValue, "Bot", StringComparison.OrdinalIgnoreCase)
        || user.Login.EndsWith("[bot]", StringComparison.OrdinalIgnoreCase);
}
