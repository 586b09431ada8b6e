namespace Elections.App.ElectionFiles;

/// <summary>What <see cref="ElectionGate"/> found for a delivery's repository.</summary>
public enum ElectionGateStatus
{
    /// <summary>No <c>config/election.yml</c> on the default branch: the repository is ignored (logged).</summary>
    NotAnElection,

    /// <summary>The election files have problems: do not act; apply the reply that lists them.</summary>
    Broken,

    /// <summary>The election is valid: act on the snapshot.</summary>
    Ready,
}
