using YamlDotNet.RepresentationModel;

namespace Elections.Core.Configuration.Reading;

/// <summary>
/// Walks the whole document before it is read. Finds YAML tags where text was meant (an unquoted
/// <c>!endorse</c> is a tag, not text), and secrets written into the file (DESIGN principle 4; nixos-anchor.md §4.2 reads
/// <c>SMTP_PASSWORD</c> from the environment): any key named like a password, token, secret or private
/// key, at any depth, except the <c>*_env</c> keys that name an environment variable.
/// </summary>
internal static class PreScan
{
    private static readonly string[] SecretWords = ["password", "passwd", "token", "secret", "private_key", "api_key"];

    public static bool LooksSecret(string key)
    {
        var normalized = key.ToLowerInvariant().Replace('-', '_');
        return !normalized.EndsWith("_env", StringComparison.Ordinal)
            && SecretWords.Any(word => normalized == word || normalized.EndsWith("_" + word, StringComparison.Ordinal));
    }

    /// <summary>Reports every secret-looking key under <paramref name="node"/> and marks it so it is not also reported as unknown.</summary>
    public static void Scan(ReadContext context, YamlNode node, string path, string passwordEnv)
    {
        if (!node.Tag.IsEmpty && node.Tag.Value.StartsWith('!'))
        {
            context.Report(node, path,
                $"'{node.Tag.Value}' is read by YAML as a tag, not as text: put the value in quotes, like \"{node.Tag.Value}\"");
        }

        switch (node)
        {
            case YamlMappingNode mapping:
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = keyNode is YamlScalarNode { Value: { } text } ? text : "";
                    var field = path.Length == 0 ? key : $"{path}.{key}";
                    if (LooksSecret(key))
                    {
                        context.MarkSecret(keyNode);
                        context.Report(keyNode, field,
                            $"a secret must not be written into the file (it is public in the repository): delete this line, "
                            + $"store the value in the environment variable {passwordEnv} (named by mail.password_env) and treat the written value as leaked");
                    }
                    else
                    {
                        Scan(context, valueNode, field, passwordEnv);
                    }
                }

                break;
            case YamlSequenceNode sequence:
                for (var index = 0; index < sequence.Children.Count; index++)
                {
                    Scan(context, sequence.Children[index], $"{path}[{index}]", passwordEnv);
                }

                break;
        }
    }
}
