using Elections.Core.Validation;

namespace Elections.Core.Ballots.Formats;

/// <summary>
/// Collects the errors and warnings of one parse. Errors stop the parse once <see cref="MaxErrors"/>
/// have been found (so broken input costs bounded time and memory); warnings are capped and the
/// overflow is summarised, never dropped silently.
/// </summary>
internal sealed class ProblemLog(string file)
{
    public const int MaxErrors = 50;
    public const int MaxWarnings = 50;

    private readonly List<Problem> _errors = [];
    private readonly List<Problem> _warnings = [];
    private int _extraWarnings;

    public string File { get; } = file;

    public bool HasErrors => _errors.Count > 0;

    public void Error(int line, int column, string field, string message)
    {
        _errors.Add(new Problem(File, line, field, message, column));
        if (_errors.Count >= MaxErrors)
        {
            _errors.Add(new Problem(File, line, "", $"stopped after {MaxErrors} problems; fix these and run again"));
            throw new InvalidInputException(_errors.ToArray());
        }
    }

    /// <summary>Records an error and stops the parse at once (the rest of the input cannot be read).</summary>
    public InvalidInputException Fatal(int line, int column, string field, string message)
    {
        _errors.Add(new Problem(File, line, field, message, column));
        return new InvalidInputException(_errors.ToArray());
    }

    public void Warn(int line, int column, string field, string message)
    {
        if (_warnings.Count < MaxWarnings)
        {
            _warnings.Add(new Problem(File, line, field, message, column));
        }
        else
        {
            _extraWarnings++;
        }
    }

    public void ThrowIfErrors()
    {
        if (_errors.Count > 0)
        {
            throw new InvalidInputException(_errors.ToArray());
        }
    }

    public IReadOnlyList<Problem> Warnings()
    {
        var all = new List<Problem>(_warnings);
        if (_extraWarnings > 0)
        {
            all.Add(new Problem(File, 0, "", $"{_extraWarnings} more warnings not shown"));
        }

        return all;
    }
}
