using System.Text.Json.Nodes;

namespace Elections.Sandbox.State;

/// <summary>An error answer in GitHub's shape: <c>{"message": ..., "documentation_url": ..., "errors": [...]}</c>.</summary>
public sealed class SandboxApiException : Exception
{
    public SandboxApiException(int status, string message, string? code = null, string? field = null, string? resource = null)
        : base(message)
    {
        Status = status;
        Code = code;
        Field = field;
        Resource = resource;
    }

    public SandboxApiException()
        : this(500, "error")
    {
    }

    public SandboxApiException(string message)
        : this(500, message)
    {
    }

    public SandboxApiException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = 500;
    }

    public int Status { get; }

    public string? Code { get; }

    public string? Field { get; }

    public string? Resource { get; }

    public static SandboxApiException NotFound() => new(404, "Not Found");

    public JsonObject ToJson()
    {
        var json = new JsonObject
        {
            ["message"] = Message,
            ["documentation_url"] = "https://docs.github.com/rest",
            ["status"] = Status.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        if (Code is not null)
        {
            json["errors"] = new JsonArray(new JsonObject { ["resource"] = Resource, ["code"] = Code, ["field"] = Field });
        }

        return json;
    }
}
