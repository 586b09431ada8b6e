namespace Elections.App.Presentation;

/// <summary>
/// The version every JSON document the tool writes carries as its first field, <c>format_version</c>.
/// Raised when a field is renamed or removed or changes meaning; adding a field keeps it. Field
/// names are snake_case everywhere.
/// </summary>
public static class JsonFormat
{
    /// <summary>The field name.</summary>
    public const string Field = "format_version";

    /// <summary>The current version.</summary>
    public const int Version = 1;
}
