using Elections.App.Announcements;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Elections.Infrastructure.Announcements;

/// <summary>
/// The template variables (templates/README.md): <c>channel</c>, <c>election</c>, <c>timeline</c> (a list) and
/// <c>deadline.KEY</c>, <c>counts</c>, <c>candidates</c>, <c>nominees</c>, <c>recipient</c> (mail only; its empty
/// fields left out) and the function <c>repo_link PATH</c>. Names are snake_case.
/// </summary>
internal static class TemplateModel
{
    /// <summary>The variables every recipient shares (all but <c>recipient</c>), built once per announcement and channel.</summary>
    public static ScriptObject Shared(AnnouncementModel model, AnnouncementChannel channel, RepositoryLinks links)
    {
        var globals = new ScriptObject
        {
            ["channel"] = AnnouncementChannels.Name(channel),
            ["election"] = Of(model.Election),
            ["timeline"] = List(model.Timeline),
            ["deadline"] = Deadlines(model.Timeline),
            ["counts"] = Of(model.Counts),
            ["candidates"] = List(model.Candidates),
            ["nominees"] = List(model.Nominees),
            ["elected"] = List(model.Elected),
        };
        globals.Import("repo_link", new Func<TemplateContext, string, string>((context, path) =>
            links.TryLink(path, out var url, out var problem) ? url : throw new ScriptRuntimeException(context.CurrentSpan, problem)));
        return globals;
    }

    /// <summary>The per-recipient variable <c>recipient</c> (mail only), pushed over <see cref="Shared"/>.</summary>
    public static ScriptObject PerRecipient(RecipientView? recipient)
    {
        var globals = new ScriptObject();
        if (recipient is not null)
        {
            globals["recipient"] = Recipient(recipient);
        }

        return globals;
    }

    private static ScriptObject Recipient(RecipientView recipient)
    {
        var view = new ScriptObject
        {
            ["email"] = recipient.Email,
            ["status"] = recipient.Status,
            ["has_login"] = recipient.Login.Length > 0,
            ["has_account"] = recipient.Login.Length > 0 && recipient.Status != "account-deleted",
            ["label"] = recipient.Login.Length > 0 ? $"@{recipient.Login}" : $"id {recipient.Id}",
        };
        if (recipient.Login.Length > 0)
        {
            view["login"] = recipient.Login;
        }

        if (recipient.Id is { } id)
        {
            view["id"] = id;
        }

        return view;
    }

    private static ScriptObject Deadlines(IReadOnlyList<DeadlineView> timeline)
    {
        var deadlines = new ScriptObject();
        foreach (var entry in timeline)
        {
            deadlines[entry.Key] = Of(entry);
        }

        return deadlines;
    }

    private static ScriptArray List<T>(IEnumerable<T> items)
        where T : notnull => [.. items.Select(item => (object)Of(item))];

    private static ScriptObject Of(object value)
    {
        var view = new ScriptObject();
        view.Import(value, renamer: StandardMemberRenamer.Default);
        return view;
    }
}
