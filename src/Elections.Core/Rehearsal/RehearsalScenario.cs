namespace Elections.Core.Rehearsal;

/// <summary>
/// A rehearsal scenario (issue 14 item 2, <c>rehearsals/*.yml</c>): the people's actions through the election and the
/// outcome expected after each step, read by <see cref="ScenarioParser"/>. docs/rehearsal.md describes the format.
/// </summary>
public sealed record RehearsalScenario
{
    /// <summary>The file it was read from, for messages.</summary>
    public required string File { get; init; }

    /// <summary>A title for the report.</summary>
    public required string Name { get; init; }

    /// <summary>Accounts that are not on the roll (a stranger, a newcomer) created on the emulated GitHub.</summary>
    public required IReadOnlyList<string> People { get; init; }

    /// <summary>The steps, in time order.</summary>
    public required IReadOnlyList<ScenarioStep> Steps { get; init; }
}

/// <summary>One step: the clock moves to <see cref="At"/>, the actions happen, then every expectation is checked.</summary>
public sealed record ScenarioStep
{
    /// <summary>The step's name: a failing rehearsal names it.</summary>
    public required string Name { get; init; }

    /// <summary>The step's line in the scenario file.</summary>
    public required int Line { get; init; }

    /// <summary>The timeline point (a key of <c>timeline:</c>, e.g. <c>kickoff</c>) the step happens after.</summary>
    public required string Point { get; init; }

    /// <summary>How long after <see cref="Point"/> (negative: before).</summary>
    public required TimeSpan After { get; init; }

    /// <summary>The instant on the election's clock: <see cref="Point"/> plus <see cref="After"/>.</summary>
    public required DateTimeOffset At { get; init; }

    /// <summary>What people do, in order.</summary>
    public required IReadOnlyList<ScenarioItem> Actions { get; init; }

    /// <summary>What must hold once the bot has handled every action.</summary>
    public required IReadOnlyList<ScenarioItem> Expectations { get; init; }
}

/// <summary>An action or an expectation: its kind (the mapping's one key) and its fields, each a list of text values.</summary>
public sealed record ScenarioItem(string Kind, int Line, IReadOnlyDictionary<string, IReadOnlyList<string>> Fields)
{
    /// <summary>The field's single value, or <paramref name="fallback"/> when absent.</summary>
    public string Text(string field, string fallback = "") => Fields.TryGetValue(field, out var values) && values.Count > 0 ? values[0] : fallback;

    /// <summary>The field's values (empty when absent).</summary>
    public IReadOnlyList<string> List(string field) => Fields.TryGetValue(field, out var values) ? values : [];

    /// <summary>True when the field is given.</summary>
    public bool Has(string field) => Fields.ContainsKey(field);

    /// <summary>"kind at file:line", for reports.</summary>
    public string Describe() => $"{Kind} {string.Join(", ", Fields.Select(f => $"{f.Key}: {string.Join(" ", f.Value)}"))}".TrimEnd();
}
