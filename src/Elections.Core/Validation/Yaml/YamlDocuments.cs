using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Elections.Core.Validation.Yaml;

/// <summary>
/// Loads a whole YAML (or JSON) file through <see cref="BoundedYamlParser"/>; every syntax error or limit becomes one
/// located <see cref="Problem"/> (field <c>(syntax)</c>) in an <see cref="InvalidInputException"/>.
/// </summary>
internal static class YamlDocuments
{
    /// <summary>The first document's root node, or null for an empty file.</summary>
    public static YamlNode? LoadRoot(string text, string fileName)
    {
        var stream = new YamlStream();
        var parser = new BoundedYamlParser(text);
        try
        {
            stream.Load(parser);
        }
        catch (YamlLimitException exception)
        {
            throw new InvalidInputException([new Problem(fileName, (int)exception.Start.Line, "(syntax)", exception.Reason, (int)exception.Start.Column)]);
        }
        catch (InvalidOperationException)
        {
            throw new InvalidInputException([new Problem(fileName, (int)parser.LastGood.Line, "(syntax)", "not valid YAML or JSON after this point: look for an unclosed [ { or quote")]);
        }
        catch (YamlException exception)
        {
            throw new InvalidInputException([new Problem(
                fileName, (int)exception.Start.Line, "(syntax)",
                $"not valid YAML or JSON: {exception.Message}", (int)exception.Start.Column)]);
        }

        return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
    }
}
