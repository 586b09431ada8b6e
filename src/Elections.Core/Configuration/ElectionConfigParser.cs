using System.Text.RegularExpressions;
using Elections.Core.Configuration.Reading;
using Elections.Core.Validation.Yaml;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Configuration;

/// <summary>
/// Reads <c>config/election.yml</c> from its TEXT (Core does no I/O) and checks every rule of the
/// election definition in one run (DESIGN principle 6; docs/configuration.md documents each key).
/// Every problem names the file, the line, the field and the fix: syntax errors, unknown keys (with a
/// did-you-mean), wrong types, impossible or out-of-order dates, secrets written into the file, and the
/// rules in docs/configuration.md. Checks that need the voter roll or the candidates are in
/// <see cref="ConfigCrossChecks"/>.
/// </summary>
public static partial class ElectionConfigParser
{
    /// <summary>Parses and validates the configuration text; <paramref name="file"/> is the name shown in problems.</summary>
    public static ConfigParseResult Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new ReadContext(file);
        if (text.Trim().Length == 0)
        {
            context.Report(0, "", "the file is empty: start from the sample config/election.yml described in docs/configuration.md");
            return new ConfigParseResult(null, context.SortedProblems());
        }

        var stream = new YamlStream();
        var parser = new BoundedYamlParser(text);
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException exception)
        {
            context.Report(checked((int)exception.Start.Line), "", exception.Reason, checked((int)exception.Start.Column));
            return new ConfigParseResult(null, context.SortedProblems());
        }
        catch (YamlException exception) when (TabIndentation.Find(text) is { } tab && exception.Message.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            // YamlDotNet reports a tab in the indentation at the start of the enclosing mapping (often 1:1).
            context.Report(tab.Line, "", "YAML syntax error: a tab indents this line; YAML indents with spaces only: replace the tab with spaces", tab.Column);
            return new ConfigParseResult(null, context.SortedProblems());
        }
        catch (YamlException exception)
        {
            context.Report(checked((int)exception.Start.Line), "", $"YAML syntax error: {Describe(exception)}; fix the indentation, quoting or punctuation there",
                checked((int)exception.Start.Column));
            return new ConfigParseResult(null, context.SortedProblems());
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner fails without a position on some unclosed brackets and quotes.
            context.Report(checked((int)parser.LastGood.Line), "",
                "YAML syntax error after this point: look for an unclosed [ { or quote", checked((int)parser.LastGood.Column));
            return new ConfigParseResult(null, context.SortedProblems());
        }

        if (stream.Documents.Count == 0)
        {
            context.Report(0, "", "the file holds no YAML document (only comments?): add the election's keys");
            return new ConfigParseResult(null, context.SortedProblems());
        }

        if (stream.Documents.Count > 1)
        {
            context.Report(stream.Documents[1].RootNode, "", "the file holds more than one YAML document (a second '---'): keep a single document");
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            var node = stream.Documents[0].RootNode;
            context.Report(node, "", $"the top level must be a mapping of keys like 'name: ...', got {ValueReader.Describe(node)}");
            return new ConfigParseResult(null, context.SortedProblems());
        }

        PreScan.Scan(context, root, "", PasswordEnv(root));
        var config = ElectionConfigReader.Read(context, root);
        ConfigRules.Check(context, config);
        return new ConfigParseResult(config, context.SortedProblems());
    }

    private static string PasswordEnv(YamlMappingNode root) =>
        root.Children.TryGetValue(new YamlScalarNode("mail"), out var mail) && mail is YamlMappingNode mapping
        && mapping.Children.TryGetValue(new YamlScalarNode("password_env"), out var env) && env is YamlScalarNode { Value: { Length: > 0 } name }
            ? name
            : MailSettings.DefaultPasswordEnv;

    /// <summary>YamlDotNet's message without its "(Line: 3, Col: 5, Idx: 20) - (…):" prefix.</summary>
    private static string Describe(YamlException exception) => LocationPrefix().Replace(exception.Message, "").Trim();

    [GeneratedRegex(@"^\(Line: \d+, Col: \d+, Idx: \d+\) - \(Line: \d+, Col: \d+, Idx: \d+\):\s*")]
    private static partial Regex LocationPrefix();
}
