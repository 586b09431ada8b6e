using Elections.Core.Ballots;

namespace Elections.Core.Tests.Tally.Stv;

/// <summary>Builds ballot boxes from lines like <c>"A B C"</c> (best first, <c>=</c> joins equal ranks).</summary>
internal sealed class StvBallotsBuilder
{
    private readonly List<string> _names;
    private readonly List<(long Weight, string Line)> _lines = [];
    private readonly List<string> _withdrawn = [];

    public StvBallotsBuilder(params string[] names) => _names = [.. names];

    public StvBallotsBuilder Add(long weight, string line)
    {
        _lines.Add((weight, line));
        return this;
    }

    public StvBallotsBuilder Withdraw(string name)
    {
        _withdrawn.Add(name);
        return this;
    }

    public BallotBox Build(IEnumerable<int>? order = null, IReadOnlyList<string>? nameOrder = null)
    {
        var names = nameOrder ?? _names;
        var builder = new BallotBoxBuilder(_lines.Count + 1, (_lines.Count * names.Count) + 1);
        foreach (var name in names)
        {
            builder.AddCandidate(name);
        }

        foreach (var name in _withdrawn)
        {
            builder.Withdraw(IndexOf(names, name));
        }

        foreach (var i in order ?? Enumerable.Range(0, _lines.Count))
        {
            var (weight, line) = _lines[i];
            var ranks = line.Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Select(group => group.Split('=').Select(n => IndexOf(names, n)));
            builder.Add(weight, ranks);
        }

        return builder.Build();
    }

    private static int IndexOf(IReadOnlyList<string> names, string name)
    {
        for (var i = 0; i < names.Count; i++)
        {
            if (names[i] == name)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown candidate {name}", nameof(name));
    }
}
