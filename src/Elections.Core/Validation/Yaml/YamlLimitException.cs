using YamlDotNet.Core;

namespace Elections.Core.Validation.Yaml;

/// <summary>YAML refused by <see cref="BoundedYamlParser"/>: too deep, too many aliases, too large once expanded, or a loop.</summary>
internal sealed class YamlLimitException : YamlException
{
    public YamlLimitException(Mark start, Mark end, string message)
        : base(start, end, message)
    {
        Reason = message;
    }

    /// <summary>The refusal alone, without YamlDotNet's position prefix.</summary>
    public string Reason { get; }
}
