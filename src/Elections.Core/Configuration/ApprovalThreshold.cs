using System.Globalization;

namespace Elections.Core.Configuration;

/// <summary>
/// The share of yes votes a yes/no question needs, fixed before voting starts (GitVote's
/// <c>pass_threshold</c>, more-peers.md; Debian's supermajority ratios, peers.md). Exact: a fraction
/// of two integers, never a floating-point number. Abstentions do not count.
/// </summary>
/// <param name="Numerator">The fraction's numerator (≥ 1).</param>
/// <param name="Denominator">The fraction's denominator (≥ numerator).</param>
/// <param name="Strict">True for "more than" (<c>&gt; 1/2</c>), false for "at least" (<c>&gt;= 2/3</c>).</param>
public sealed record ApprovalThreshold(long Numerator, long Denominator, bool Strict)
{
    /// <summary>True when <paramref name="yes"/> out of <paramref name="yes"/> + <paramref name="no"/> meets the threshold.</summary>
    public bool IsMet(long yes, long no)
    {
        var total = (Int128)yes + no;
        if (total == 0)
        {
            return false;
        }

        var left = (Int128)yes * Denominator;
        var right = total * Numerator;
        return Strict ? left > right : left >= right;
    }

    /// <summary>Renders <c>&gt;= 2/3</c> or <c>&gt; 1/2</c>.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{(Strict ? ">" : ">=")} {Numerator}/{Denominator}");
}
