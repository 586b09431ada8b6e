using System.Globalization;
using Elections.Core.Tally;
using Elections.Core.Validation;

namespace Elections.Core.Ballots.Formats;

/// <summary>How a conversion writes the ballots so the new file counts like its source, and what it says about it.</summary>
public sealed record ConversionPlan
{
    /// <summary>The unranked rule the source's ballots mean (the file's own, or the one the caller chose).</summary>
    public required UnrankedPolicy Unranked { get; init; }

    /// <summary>True when the rule is written as a <see cref="BltUnrankedComment"/> that only this project reads.</summary>
    public bool RuleInComment { get; init; }

    /// <summary>What the reader of the new file should know (other tools read it differently, tied-last encoding).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];
}

/// <summary>
/// Plans a conversion so that the written file counts the same as its source (issue 9): the
/// unranked rule travels with the ballots. A target that natively means the source's rule is
/// written as is; BLT carries "incomparable" in a <see cref="BltUnrankedComment"/>; the CIVS CSV
/// carries "tied last" as CIVS itself stores an untouched choice (rank N); the other formats mean
/// "tied last" only, so ballots with incomparable unranked candidates are refused with the reason.
/// Withdrawn candidates need BLT (the CIVS and Debian formats cannot mark them).
/// </summary>
public static class BallotConversion
{
    /// <summary>The bytes <see cref="CheckReadsBack"/> needs: as many as format detection reads.</summary>
    public const int DetectionBytes = 64 * 1024;

    /// <summary>
    /// Throws <see cref="InvalidInputException"/> (field <c>--to</c>) when a file written as
    /// <paramref name="target"/>, whose first <see cref="DetectionBytes"/> bytes are
    /// <paramref name="head"/>, would be read back as another format: the CIVS proportional
    /// encoding of complete rankings looks like plain CIVS, which would invert every ballot.
    /// </summary>
    public static void CheckReadsBack(BallotFormat target, ReadOnlySpan<byte> head)
    {
        var detected = FormatDetector.Detect(head);
        if (detected == target)
        {
            return;
        }

        var name = BallotFormatNames.NameOf(target);
        var read = detected is { } format ? BallotFormatNames.NameOf(format) : "no known format";
        var why = target == BallotFormat.CivsProportional
            ? "no row leaves two candidates unranked, so the rows look like plain CIVS ranks and every ballot would be read upside down"
            : "its first lines look like another format";
        throw new InvalidInputException(new Problem("--to", 0, "", $"the {name} file would be read back as {read}: {why}; convert to civs or blt instead (same ballots)"));
    }

    /// <summary>
    /// Total weight of the ballots whose meaning depends on the unranked rule: those that rank some
    /// candidates but not all of them.
    /// </summary>
    public static long RuleSensitiveBallots(BallotBox box)
    {
        ArgumentNullException.ThrowIfNull(box);
        long total = 0;
        for (var b = 0; b < box.Count; b++)
        {
            var length = box.EntriesOf(b).Length;
            if (length > 0 && length < box.Candidates.Count)
            {
                total = checked(total + box.WeightOf(b));
            }
        }

        return total;
    }

    /// <summary>
    /// Plans writing <paramref name="box"/>, whose unranked candidates mean <paramref name="unranked"/>,
    /// as <paramref name="target"/>. Throws <see cref="InvalidInputException"/> (field <c>--to</c>) when
    /// the target cannot hold what the ballots mean, saying why and what to do instead.
    /// </summary>
    public static ConversionPlan Plan(BallotBox box, UnrankedPolicy unranked, BallotFormat target)
    {
        ArgumentNullException.ThrowIfNull(box);
        var rule = unranked == UnrankedPolicy.Incomparable ? UnrankedPolicy.Incomparable : UnrankedPolicy.Last;
        var name = BallotFormatNames.NameOf(target);
        var problems = new List<Problem>();
        if (box.Withdrawn.Count > 0 && target != BallotFormat.Blt)
        {
            var withdrawn = string.Join(", ", box.Withdrawn.Order().Select(w => box.Candidates[w]));
            problems.Add(new Problem("--to", 0, "", $"the file withdraws {withdrawn}, and {name} cannot mark a withdrawn candidate, so the new file would let them win; convert to blt"));
        }

        var sensitive = RuleSensitiveBallots(box);
        var warnings = new List<string>();
        var inComment = false;
        var ballots = sensitive.ToString("N0", CultureInfo.InvariantCulture);
        if (sensitive > 0 && rule == UnrankedPolicy.Last && target is BallotFormat.Civs or BallotFormat.CivsUpload)
        {
            warnings.Add($"{ballots} ballots leave candidates unranked (tied last); they are written with rank {box.Candidates.Count}, as CIVS stores a choice the voter left alone. Condorcet counts read the same; a transferable-vote count reads that rank as a last preference");
        }
        else if (sensitive > 0 && rule == UnrankedPolicy.Incomparable && target == BallotFormat.Blt)
        {
            inComment = true;
            warnings.Add($"{ballots} ballots leave candidates unranked, and they are incomparable (No opinion); BLT means tied last, so the rule is written in a '# {BltUnrankedComment.Prefix} unranked=incomparable' comment. Elections reads it; other BLT tools (OpaVote, OpenSTV) ignore it and rank those candidates last, which can change the winner");
        }
        else if (sensitive > 0 && rule == UnrankedPolicy.Incomparable && target != BallotFormat.Civs)
        {
            problems.Add(new Problem("--to", 0, "", $"{ballots} ballots leave candidates unranked and the file says they are incomparable (No opinion), but {name} can only say \"tied last\", which counts differently; convert to civs or blt (which keep the rule), or give --unranked last to convert them as tied last on purpose"));
        }

        if (box.TieOrder.Count > 0 && target != BallotFormat.Blt)
        {
            warnings.Add($"the file's [tie] order cannot be written in {name}; a count of the new file breaks ties by name instead");
        }

        if (problems.Count > 0)
        {
            throw new InvalidInputException(problems);
        }

        return new ConversionPlan { Unranked = rule, RuleInComment = inComment, Warnings = warnings };
    }
}
