namespace Elections.Core.Tally.Settings;

/// <summary>Where a counting setting came from, most specific first (issue 9: flag, election config, file header, default).</summary>
public enum SettingOrigin
{
    /// <summary>Given with the request (the command line's flag, for example).</summary>
    Flag,

    /// <summary>The election's <c>config/election.yml</c>.</summary>
    ElectionConfig,

    /// <summary>A conflicts file given with <c>--conflicts</c>.</summary>
    ConflictsFile,

    /// <summary>The ballot file: its header, its format, or its <c># elections:</c> comment.</summary>
    BallotFile,

    /// <summary>The counting method's own rule, which no setting changes.</summary>
    Method,

    /// <summary>The default when nothing says otherwise.</summary>
    Default,
}

/// <summary>One setting a count used, its value in words, and where it came from.</summary>
/// <param name="Name">The setting: <c>method</c>, <c>seats</c>, <c>quota</c>, <c>unranked</c>, <c>terms</c>, <c>conflict groups</c>.</param>
/// <param name="Value">The value as people read it: <c>7</c>, <c>incomparable (No opinion)</c>.</param>
/// <param name="Origin">The kind of source.</param>
/// <param name="Source">The source itself: <c>--seats</c> (as the host names it), <c>config/election.yml:27</c>, <c>the header of a.blt</c>.</param>
public sealed record CountSetting(string Name, string Value, SettingOrigin Origin, string Source)
{
    /// <summary>The setting in one line: <c>seats: 7 (from config/election.yml:27)</c>.</summary>
    public override string ToString() => $"{Name}: {Value} (from {Source})";
}
