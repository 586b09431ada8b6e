namespace Elections.Core.Configuration;

/// <summary>
/// A run of places in the final order that share a term length (nixos-anchor.md §5.1: "the 4 highest
/// in the election ranking get 2-year terms and the other 3 get 1-year terms").
/// </summary>
/// <param name="Seats">How many consecutive places of the final order this group covers.</param>
/// <param name="Years">The term length in years for those places.</param>
/// <param name="Line">The line of the list item in the file.</param>
public sealed record TermGroup(int Seats, int Years, int Line);
