namespace Elections.Sandbox.Rest;

/// <summary>One REST call the Sandbox received (admin calls are not logged).</summary>
public sealed record SandboxRequest
{
    public required string Method { get; init; }

    public required string Path { get; init; }

    public string Query { get; init; } = "";

    /// <summary>The X-GitHub-Delivery header the client sent (our delivery id), if any.</summary>
    public string DeliveryId { get; init; } = "";

    /// <summary>The X-GitHub-Request-Id the Sandbox answered with.</summary>
    public required string RequestId { get; init; }

    public int Status { get; set; }

    /// <summary>Describes the injected fault, empty when none.</summary>
    public string Fault { get; set; } = "";

    /// <summary>The JSON body answered, when <see cref="SandboxServerOptions.RecordResponses"/> is on.</summary>
    public string ResponseBody { get; set; } = "";

    /// <summary>True when the request had an If-None-Match that matched (answered 304).</summary>
    public bool NotModified { get; set; }
}
