namespace Elections.Core.Candidacy;

/// <summary>
/// What GitHub says about a pull request that only deletes candidate files (a withdrawal, nixos-anchor §3.4):
/// read afresh at each event, judged against the election on the default branch.
/// </summary>
public sealed record WithdrawalFacts
{
    /// <summary>The pull request number.</summary>
    public required int Number { get; init; }

    /// <summary>Who opened it.</summary>
    public required Person Author { get; init; }

    /// <summary>GitHub's <c>created_at</c>: when the withdrawal was asked for.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The files changed against the base (all deletions of <c>candidates/&lt;login&gt;.md</c>).</summary>
    public required IReadOnlyList<ChangedFile> Files { get; init; }
}
