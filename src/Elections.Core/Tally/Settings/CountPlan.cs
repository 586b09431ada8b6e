using Elections.Core.Configuration;
using Elections.Core.Tally.PostCount;

namespace Elections.Core.Tally.Settings;

/// <summary>A count ready to run: the method, its options, the caps and terms, and every setting with its source.</summary>
public sealed record CountPlan
{
    /// <summary>The counting method.</summary>
    public required ITallyMethod Method { get; init; }

    /// <summary>The options the method gets.</summary>
    public required TallyOptions Options { get; init; }

    /// <summary>The conflict groups enforced after the count.</summary>
    public IReadOnlyList<ConflictGroup> Groups { get; init; } = [];

    /// <summary>From <c>--long-terms</c>: the first this many winners get the long term.</summary>
    public int? LongTerms { get; init; }

    /// <summary>From the election's <c>terms</c>: term lengths by place in the winners' order.</summary>
    public IReadOnlyList<TermGroup> TermGroups { get; init; } = [];

    /// <summary>Every setting the count used, with its source.</summary>
    public required IReadOnlyList<CountSetting> Settings { get; init; }

    /// <summary>Flags that replaced a value of the election's configuration, in words.</summary>
    public IReadOnlyList<string> Overrides { get; init; } = [];

    /// <summary>Notes for the person counting: a header seat count used, a flag the method ignores.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
