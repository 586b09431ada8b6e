using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Elections.Infrastructure.Announcements;

/// <summary>Lets templates <c>include "_parts/timeline.sbn"</c>: shared parts under templates/announcements/, the committee's copy first.</summary>
internal sealed class PartialLoader(TemplateFiles files) : ITemplateLoader
{
    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        files.TryRead(templatePath, out var path, out var text)
            ? text
            : throw new Scriban.Syntax.ScriptRuntimeException(callerSpan, $"include \"{templatePath}\": there is no {path}");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
