using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Elections.App.Announcements;
using Elections.Core.Validation;
using Markdig;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Elections.Infrastructure.Announcements;

/// <summary>
/// <see cref="IAnnouncementRenderer"/> with Scriban: <c>NAME/title.sbn</c> and <c>NAME/body.sbn</c> under
/// <c>templates/announcements/</c>, the committee's copy first (<see cref="TemplateFiles"/>). Variables are strict, so a
/// misspelt or missing field (a recipient without a login) is an error naming template, line and column before
/// anything is sent. Channel rules (nixos-anchor §4.1): Discourse and GitHub get unwrapped Markdown; the website a
/// page with a heading and its HTML (Markdig); mail a greeting, the body and an opt-out footer, as text and HTML.
/// Parsed templates (included parts too) and the variables every recipient shares are kept, so a mailout parses each
/// file once and builds the shared model once.
/// </summary>
public sealed partial class ScribanAnnouncementRenderer : IAnnouncementRenderer
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseAutoLinks().Build();
    private readonly TemplateFiles _files;
    private readonly PartialLoader _loader;
    private readonly string? _electionFolder;
    private readonly ConcurrentDictionary<string, Template> _parsed = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Template> _included = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<AnnouncementModel, ConcurrentDictionary<AnnouncementChannel, ScriptObject>> _shared = new();

    /// <param name="electionFolder">The election repository: committee templates and the target of <c>repo_link</c>; null renders the built-in templates without checking links.</param>
    public ScribanAnnouncementRenderer(string? electionFolder)
        : this(electionFolder, null)
    {
    }

    private ScribanAnnouncementRenderer(string? electionFolder, IReadOnlyDictionary<string, string>? committee)
    {
        _electionFolder = electionFolder;
        _files = new TemplateFiles(electionFolder, committee);
        _loader = new PartialLoader(_files);
    }

    public IAnnouncementRenderer WithTemplates(IReadOnlyDictionary<string, string> files) => new ScribanAnnouncementRenderer(_electionFolder, files);

    public IReadOnlyList<string> Names => _files.Names();

    public RenderedAnnouncement Render(string name, AnnouncementChannel channel, AnnouncementModel model, RecipientView? recipient)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(model);
        if (channel == AnnouncementChannel.Email && recipient is null)
        {
            throw new ArgumentException("mail is rendered for one recipient", nameof(recipient));
        }

        if (name.StartsWith('_') || (!_parsed.ContainsKey($"{name}/body.sbn") && !_files.TryRead($"{name}/body.sbn", out _, out _)))
        {
            throw new InvalidInputException(new Problem("", 0, "NAME", $"there is no announcement '{name}': use one of {string.Join(", ", Names)} (or add {TemplateFiles.Root}/{name}/body.sbn to the election repository)"));
        }

        var shared = _shared.GetOrCreateValue(model).GetOrAdd(channel, c => TemplateModel.Shared(model, c, new RepositoryLinks(_electionFolder, model.Election.Url)));
        var globals = new Globals(shared, TemplateModel.PerRecipient(recipient));
        var title = string.Join(' ', Render($"{name}/title.sbn", globals).Split((char[])['\n', '\r'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        var body = BlankLines().Replace(Render($"{name}/body.sbn", globals).Trim(), "\n\n");
        switch (channel)
        {
            case AnnouncementChannel.Discourse or AnnouncementChannel.GitHub:
                return new RenderedAnnouncement(title, MarkdownUnwrap.Apply(body), "");
            case AnnouncementChannel.Website:
                var page = $"# {title}\n\n{body}\n";
                return new RenderedAnnouncement(title, page, Page(title, page, globals));
            default:
                var text = $"{Render("_email/greeting.sbn", globals).Trim()}\n\n{body}\n\n{Render("_email/footer.sbn", globals).Trim()}\n";
                return new RenderedAnnouncement(title, text, Page(title, text, globals));
        }
    }

    private string Page(string title, string markdown, Globals globals)
    {
        var page = new ScriptObject { ["title"] = title, ["content"] = Markdown.ToHtml(markdown, Pipeline) };
        var context = NewContext(globals);
        context.PushGlobal(page);
        return Run("_layout/page.sbn", context, globals);
    }

    /// <summary>A context with both layers of variables and the included parts parsed so far.</summary>
    private TemplateContext NewContext(Globals globals)
    {
        var context = new TemplateContext { StrictVariables = true, EnableRelaxedMemberAccess = false, TemplateLoader = _loader };
        foreach (var (path, template) in _included)
        {
            context.CachedTemplates[path] = template;
        }

        context.PushGlobal(globals.Shared);
        context.PushGlobal(globals.Recipient);
        return context;
    }

    private string Render(string relative, Globals globals) => Run(relative, NewContext(globals), globals);

    private string Run(string relative, TemplateContext context, Globals globals)
    {
        var template = _parsed.GetOrAdd(relative, Parse);
        try
        {
            var text = template.Render(context);
            foreach (var (path, included) in context.CachedTemplates)
            {
                _included.TryAdd(path, included);
            }

            return text;
        }
        catch (ScriptRuntimeException exception)
        {
            var recipient = globals.Recipient.TryGetValue("recipient", out var value) && value is ScriptObject who && who.TryGetValue("label", out var label) ? $" (for {label})" : "";
            throw new InvalidInputException(new Problem(
                $"{TemplateFiles.Root}/{relative}",
                exception.Span.Start.Line + 1,
                "template",
                exception.OriginalMessage + recipient,
                exception.Span.Start.Column + 1));
        }
    }

    private Template Parse(string relative)
    {
        if (!_files.TryRead(relative, out var path, out var text))
        {
            throw new InvalidInputException(new Problem(path, 0, "template", $"missing: add {path} (the built-in copy is in this project's templates/ folder)"));
        }

        var template = Template.Parse(text, path);
        if (template.HasErrors)
        {
            throw new InvalidInputException([.. template.Messages.Select(message => new Problem(
                path,
                message.Span.Start.Line + 1,
                "template",
                message.Message,
                message.Span.Start.Column + 1))]);
        }

        return template;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\n{3,}")]
    private static partial System.Text.RegularExpressions.Regex BlankLines();

    /// <summary>The two layers of template variables: shared by every recipient, and this recipient's.</summary>
    private sealed record Globals(ScriptObject Shared, ScriptObject Recipient);
}
