using System.Globalization;
using System.Text;
using System.Text.Json;
using Elections.Core.Ballots;
using Elections.Core.Ballots.Formats;

namespace Elections.Cli.Ballots;

/// <summary>
/// What <c>ballots verify</c> prints: each file with its format and unranked rule, the differences
/// with examples, and the verdict; as text or as JSON (snake_case, <c>format_version</c> 1).
/// </summary>
internal sealed record VerifyReport(string PathA, BallotFile A, string PathB, BallotFile B, BallotComparison Result)
{
    private static readonly CultureInfo Culture = CultureInfo.InvariantCulture;

    public string Text()
    {
        var text = new StringBuilder();
        text.Append(Culture, $"A: {A.Ballots.TotalWeight:N0} ballots ({BallotFormatNames.NameOf(A.Format)}, unranked {Name(Result.FirstUnranked)}), ");
        text.Append(Culture, $"B: {B.Ballots.TotalWeight:N0} ballots ({BallotFormatNames.NameOf(B.Format)}, unranked {Name(Result.SecondUnranked)})\n");
        if (Result.OnlyInFirst.Count > 0)
        {
            text.Append(Culture, $"candidates only in A: {string.Join(", ", Result.OnlyInFirst)}\n");
        }

        if (Result.OnlyInSecond.Count > 0)
        {
            text.Append(Culture, $"candidates only in B: {string.Join(", ", Result.OnlyInSecond)}\n");
        }

        if (Result.WithdrawnDiffer)
        {
            text.Append("the files withdraw different candidates\n");
        }

        if (Result.MissingFromFirst + Result.MissingFromSecond > 0)
        {
            if (Result.FirstUnranked != Result.SecondUnranked)
            {
                text.Append(Culture, $"A reads unranked candidates as {Name(Result.FirstUnranked)}, B as {Name(Result.SecondUnranked)}: a ballot that leaves candidates unranked counts differently in the two files (give --unranked to compare the rankings under one rule)\n");
            }

            text.Append(Culture, $"{Result.MissingFromSecond:N0} ballots of A are not in B; {Result.MissingFromFirst:N0} ballots of B are not in A\n");
            foreach (var example in Result.Examples)
            {
                text.Append(Culture, $"  {example.Ranking}: {example.CountInFirst:N0} in A, {example.CountInSecond:N0} in B\n");
            }
        }

        text.Append(Result.Equal ? "same ballots\n" : "DIFFERENT\n");
        return text.ToString();
    }

    public string Json()
    {
        var document = new
        {
            FormatVersion = 1,
            Same = Result.Equal,
            A = Side(PathA, A, Result.FirstUnranked),
            B = Side(PathB, B, Result.SecondUnranked),
            CandidatesOnlyInA = Result.OnlyInFirst,
            CandidatesOnlyInB = Result.OnlyInSecond,
            WithdrawnDiffer = Result.WithdrawnDiffer,
            BallotsOfANotInB = Result.MissingFromSecond,
            BallotsOfBNotInA = Result.MissingFromFirst,
            Examples = Result.Examples.Select(e => new { e.Ranking, InA = e.CountInFirst, InB = e.CountInSecond }),
        };
        return JsonSerializer.Serialize(document, CliJson.Indented) + "\n";
    }

    private static object Side(string path, BallotFile file, UnrankedMatching unranked) => new
    {
        File = path,
        Format = BallotFormatNames.NameOf(file.Format),
        Ballots = file.Ballots.TotalWeight,
        Unranked = Name(unranked),
    };

    private static string Name(UnrankedMatching unranked) => unranked.ToString().ToLowerInvariant();
}
