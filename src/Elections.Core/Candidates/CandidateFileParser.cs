using Elections.Core.Validation;
using Elections.Core.Validation.Yaml;
using Elections.Core.Voters;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Candidates;

/// <summary>
/// Reads a <c>candidates/&lt;login&gt;.md</c> file (docs/candidates.md): empty means a fresh
/// nomination; otherwise YAML front matter between <c>---</c> lines (the candidate form of
/// nixos-anchor §2.6, as data) followed by a Markdown body. Reports every problem with its line.
/// </summary>
public static class CandidateFileParser
{
    /// <summary>The front-matter fields a complete form needs.</summary>
    public static IReadOnlyList<string> RequiredFields { get; } = ["name", "github", "email", "conflicts_of_interest"];

    /// <summary>Every front-matter field the form knows.</summary>
    public static IReadOnlyList<string> KnownFields { get; } = ["name", "github", "email", "discourse", "matrix", "conflicts_of_interest"];

    /// <summary>The name of the missing-body entry in <see cref="CandidateFile.MissingFields"/>.</summary>
    public const string MotivationField = "motivation";

    /// <summary>Parses <paramref name="text"/>; <paramref name="file"/> is the display path, whose name (minus <c>.md</c>) is the nominee's login.</summary>
    public static CandidateParseResult Parse(string file, string text)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(text);
        var login = LoginFromFileName(file);
        var problems = new List<Problem>();
        text = text.TrimStart('\uFEFF');
        if (text.Trim().Length == 0)
        {
            return new CandidateParseResult(
                new CandidateFile { File = file, Login = login, Form = CandidateForm.Empty, State = NominationState.Nominated, MissingFields = [.. RequiredFields, MotivationField] },
                problems);
        }

        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        var form = CandidateForm.Empty;
        var bodyStart = 0;
        if (lines[0].TrimEnd() != "---")
        {
            problems.Add(new Problem(file, 1, "front matter", "a candidate file is either empty (a fresh nomination) or starts with the form between two '---' lines; see docs/candidates.md"));
        }
        else
        {
            var close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
            if (close < 0)
            {
                problems.Add(new Problem(file, 1, "front matter", "the front matter opened on line 1 is never closed; add a line with '---' after the form"));
                bodyStart = lines.Length;
            }
            else
            {
                form = FrontMatterReader.Read(file, string.Join('\n', lines[1..close]), problems);
                bodyStart = close + 1;
            }
        }

        var body = string.Join('\n', lines[bodyStart..]).Trim();
        var bodyLine = body.Length == 0 ? 0 : Array.FindIndex(lines, bodyStart, l => l.Trim().Length > 0) + 1;
        var missing = RequiredFields.Where(f => !IsFilled(form, f)).ToList();
        if (body.Length == 0)
        {
            missing.Add(MotivationField);
        }

        var candidate = new CandidateFile
        {
            File = file,
            Login = login,
            Form = form,
            Body = body,
            BodyLine = bodyLine,
            State = missing.Count == 0 ? NominationState.FormComplete : NominationState.FormIncomplete,
            MissingFields = missing,
        };
        return new CandidateParseResult(candidate, problems);
    }

    /// <summary>The login a candidate file name stands for: the name without folder and <c>.md</c>.</summary>
    public static string LoginFromFileName(string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var name = file[(file.LastIndexOfAny(['/', '\\']) + 1)..];
        return name.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? name[..^3] : name;
    }

    private static bool IsFilled(CandidateForm form, string field) => field switch
    {
        "name" => form.Name.Length > 0,
        "github" => form.GitHub.Length > 0,
        "email" => form.Email.Length > 0,
        _ => form.ConflictsDeclared,
    };

    /// <summary>Reads the YAML between the <c>---</c> lines; YAML line n is file line n + 1.</summary>
    private static class FrontMatterReader
    {
        public static CandidateForm Read(string file, string yaml, List<Problem> problems)
        {
            var stream = new YamlStream();
            var parser = new BoundedYamlParser(yaml);
            try
            {
                stream.Load(parser);
            }
            catch (YamlLimitException exception)
            {
                problems.Add(new Problem(file, FileLine(exception.Start), "front matter", exception.Reason));
                return CandidateForm.Empty;
            }
            catch (YamlException exception)
            {
                problems.Add(new Problem(file, FileLine(exception.Start), "front matter", $"not valid YAML: {exception.Message.TrimEnd('.')}; check the indentation and quote values that contain ': '"));
                return CandidateForm.Empty;
            }
            catch (InvalidOperationException)
            {
                // YamlDotNet's scanner fails without a position on some unclosed brackets and quotes.
                problems.Add(new Problem(file, FileLine(parser.LastGood), "front matter", "not valid YAML after this point: look for an unclosed [ { or quote"));
                return CandidateForm.Empty;
            }

            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
            {
                return CandidateForm.Empty;
            }

            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                problems.Add(new Problem(file, FileLine(stream.Documents[0].RootNode.Start), "front matter", "must be 'field: value' lines (name, github, email, discourse, matrix, conflicts_of_interest)"));
                return CandidateForm.Empty;
            }

            return ReadFields(file, root, problems);
        }

        private static CandidateForm ReadFields(string file, YamlMappingNode root, List<Problem> problems)
        {
            var form = CandidateForm.Empty;
            var lines = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var (keyNode, value) in root.Children)
            {
                var line = FileLine(keyNode.Start);
                var key = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!KnownFields.Contains(key, StringComparer.Ordinal))
                {
                    problems.Add(new Problem(file, line, key, $"unknown field{Voters.DidYouMean.Hint(key, KnownFields)}; the form has {string.Join(", ", KnownFields)}"));
                    continue;
                }

                lines[key] = line;
                form = key == "conflicts_of_interest" ? ReadConflicts(file, line, value, form, problems) : ReadText(file, line, key, value, form, problems);
            }

            return form with { Lines = lines };
        }

        private static CandidateForm ReadText(string file, int line, string key, YamlNode value, CandidateForm form, List<Problem> problems)
        {
            if (value is not YamlScalarNode scalar)
            {
                problems.Add(new Problem(file, line, key, "must be a single line of text"));
                return form;
            }

            var text = (scalar.Value ?? "").Trim();
            switch (key)
            {
                case "name":
                    return form with { Name = text };
                case "github":
                    var handle = text.TrimStart('@');
                    if (handle.Length > 0 && !GitHubLogin.IsWellFormed(handle))
                    {
                        problems.Add(new Problem(file, line, key, $"\"{text}\" is not a GitHub login; write the handle, e.g. github: octocat"));
                    }

                    return form with { GitHub = handle };
                case "email":
                    if (text.Length > 0 && !EmailAddressRule.IsAcceptable(text, out var reason))
                    {
                        problems.Add(new Problem(file, line, key, reason));
                    }

                    return form with { Email = text };
                case "discourse":
                    return form with { Discourse = text };
                default:
                    return form with { Matrix = text };
            }
        }

        private static CandidateForm ReadConflicts(string file, int line, YamlNode value, CandidateForm form, List<Problem> problems)
        {
            const string Field = "conflicts_of_interest";
            const string Fix = "write a list ('- Employer: Example Ltd') or the word none";
            switch (value)
            {
                case YamlScalarNode { Value: null or "" }:
                    return form;
                case YamlScalarNode scalar when string.Equals(scalar.Value!.Trim(), "none", StringComparison.OrdinalIgnoreCase):
                    return form with { ConflictsDeclared = true };
                case YamlScalarNode:
                    problems.Add(new Problem(file, line, Field, $"is a single value; {Fix}"));
                    return form;
                case YamlSequenceNode { Children.Count: 0 }:
                    problems.Add(new Problem(file, line, Field, "is an empty list; write none if there are no conflicts of interest"));
                    return form;
                case YamlSequenceNode sequence:
                    var items = new List<string>();
                    foreach (var item in sequence.Children)
                    {
                        var text = (item as YamlScalarNode)?.Value?.Trim() ?? "";
                        if (text.Length == 0 || string.Equals(text, "none", StringComparison.OrdinalIgnoreCase))
                        {
                            problems.Add(new Problem(file, FileLine(item.Start), Field, text.Length == 0
                                ? "each entry must be one line of text describing a conflict"
                                : "'none' cannot be an entry of a list; either list the conflicts or write conflicts_of_interest: none"));
                            continue;
                        }

                        items.Add(text);
                    }

                    return form with { ConflictsOfInterest = items, ConflictsDeclared = items.Count > 0 };
                default:
                    problems.Add(new Problem(file, line, Field, Fix));
                    return form;
            }
        }

        private static int FileLine(Mark mark) => checked((int)mark.Line + 1);
    }
}
