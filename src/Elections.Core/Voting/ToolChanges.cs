namespace Elections.Core.Voting;

/// <summary>
/// What to change in the external voting tool so it holds exactly the roll's voting addresses (issue 13 item 3):
/// addresses to add and to remove, each sorted.
/// </summary>
/// <param name="Add">On the roll, not yet in the tool.</param>
/// <param name="Remove">In the tool, no longer on the roll (removed, waived, bounced or changed).</param>
public sealed record ToolChanges(IReadOnlyList<string> Add, IReadOnlyList<string> Remove)
{
    /// <summary>True when the tool already matches the roll.</summary>
    public bool IsEmpty => Add.Count == 0 && Remove.Count == 0;

    /// <summary>The changes from what the tool holds (<paramref name="tool"/>) to the roll (<paramref name="roll"/>); both normalised addresses.</summary>
    public static ToolChanges Between(IReadOnlyCollection<string> tool, IReadOnlyCollection<string> roll)
    {
        ArgumentNullException.ThrowIfNull(tool);
        ArgumentNullException.ThrowIfNull(roll);
        var had = tool.ToHashSet(StringComparer.Ordinal);
        var want = roll.ToHashSet(StringComparer.Ordinal);
        return new ToolChanges(
            [.. want.Where(a => !had.Contains(a)).Order(StringComparer.Ordinal)],
            [.. had.Where(a => !want.Contains(a)).Order(StringComparer.Ordinal)]);
    }
}
