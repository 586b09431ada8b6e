namespace Elections.Core.Validation;

/// <summary>
/// Thrown when an input cannot be used at all; carries every <see cref="Problem"/> found so a
/// command can print them all and exit with code 2.
/// </summary>
public sealed class InvalidInputException : Exception
{
    /// <summary>Creates the exception from the problems found (at least one).</summary>
    public InvalidInputException(IReadOnlyList<Problem> problems)
        : base(problems.Count == 0 ? "invalid input" : problems[0].ToString())
    {
        Problems = problems;
    }

    /// <summary>Creates the exception for a single problem.</summary>
    public InvalidInputException(Problem problem)
        : this([problem])
    {
    }

    /// <summary>Creates the exception with a message only (prefer the overloads with a <see cref="Problem"/>).</summary>
    public InvalidInputException(string message)
        : base(message)
    {
        Problems = [new Problem("", 0, "", message)];
    }

    /// <summary>Required by the exception pattern; prefer the overloads with a <see cref="Problem"/>.</summary>
    public InvalidInputException()
        : this("invalid input")
    {
    }

    /// <summary>Required by the exception pattern; prefer the overloads with a <see cref="Problem"/>.</summary>
    public InvalidInputException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new Problem("", 0, "", message)];
    }

    /// <summary>Every problem found, in file order.</summary>
    public IReadOnlyList<Problem> Problems { get; }
}
