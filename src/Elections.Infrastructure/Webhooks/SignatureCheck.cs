namespace Elections.Infrastructure.Webhooks;

/// <summary>The outcome of checking <c>X-Hub-Signature-256</c>.</summary>
public enum SignatureCheck
{
    Valid,

    /// <summary>No header: the request was not signed.</summary>
    Missing,

    /// <summary>Not <c>sha256=</c> followed by 64 hexadecimal digits.</summary>
    Malformed,

    /// <summary>Well formed, but not the HMAC of this body with our secret.</summary>
    Mismatch,
}
