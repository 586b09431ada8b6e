using Elections.Core.Ballots;

namespace Elections.Core.Tally;

/// <summary>
/// A counting method: a documented rule that turns a <see cref="BallotBox"/> into a
/// <see cref="TallyResult"/> with exact (integer or fixed-point) arithmetic, logging every tie it
/// breaks and how (DESIGN principle 8; tally.md §1).
/// </summary>
public interface ITallyMethod
{
    /// <summary>The method's name as a person writes it (<c>schulze</c>, <c>meek</c>, ...; <see cref="Validation.SettingKeys.Method"/>).</summary>
    string Name { get; }

    /// <summary>Counts the ballots. Withdrawn candidates (in the box or the options) never win.</summary>
    TallyResult Count(BallotBox ballots, TallyOptions options);
}
