namespace Elections.Conformance;

/// <summary>The result of one conformance case, one row of the printed table.</summary>
internal sealed record CaseOutcome
{
    public required string Id { get; init; }

    public required string Method { get; init; }

    public required int Seats { get; init; }

    public required string Expected { get; init; }

    public required string Got { get; init; }

    public required string Rounds { get; init; }

    /// <summary>Conversions to every written format that read back and recount the same ("5/5"), or "-" when not run.</summary>
    public string RoundTrips { get; init; } = "-";

    /// <summary>PASS, FAIL or SKIP (method or reader not available).</summary>
    public required string Status { get; init; }

    public string Detail { get; init; } = "";
}
