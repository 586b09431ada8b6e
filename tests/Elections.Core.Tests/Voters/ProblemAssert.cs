using Elections.Core.Validation;

namespace Elections.Core.Tests.Voters;

/// <summary>Asserts where a problem points (file, line, field) and what it says.</summary>
internal static class ProblemAssert
{
    public static void At(Problem problem, string file, int line, string field, string message)
    {
        Assert.Equal((file, line, field), (problem.File, problem.Line, problem.Field));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    public static void Only(IReadOnlyList<Problem> problems, string file, int line, string field, string message) =>
        At(Assert.Single(problems), file, line, field, message);
}
