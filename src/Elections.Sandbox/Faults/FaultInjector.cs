namespace Elections.Sandbox.Faults;

/// <summary>Holds the injected faults; each matching call consumes one.</summary>
public sealed class FaultInjector
{
    private readonly Lock _gate = new();
    private readonly List<(SandboxFault Fault, int Remaining)> _faults = [];

    /// <summary>How many calls were faulted so far.</summary>
    public int Injected { get; private set; }

    /// <summary>Adds a fault.</summary>
    public void Add(SandboxFault fault)
    {
        ArgumentNullException.ThrowIfNull(fault);
        lock (_gate)
        {
            _faults.Add((fault, fault.Count));
        }
    }

    /// <summary>Removes all faults.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    /// <summary>The fault for this call, if one matches (and consumes it).</summary>
    public bool TryTake(string method, string path, out SandboxFault fault)
    {
        lock (_gate)
        {
            for (var i = 0; i < _faults.Count; i++)
            {
                var (candidate, remaining) = _faults[i];
                if ((candidate.Method == "*" || string.Equals(candidate.Method, method, StringComparison.OrdinalIgnoreCase)) && Matches(candidate.Path, path))
                {
                    if (remaining > 0)
                    {
                        remaining--;
                        if (remaining == 0)
                        {
                            _faults.RemoveAt(i);
                        }
                        else
                        {
                            _faults[i] = (candidate, remaining);
                        }
                    }

                    Injected++;
                    fault = candidate;
                    return true;
                }
            }
        }

        fault = new SandboxFault();
        return false;
    }

    /// <summary>Glob match on path segments: <c>*</c> one segment, <c>**</c> the rest.</summary>
    public static bool Matches(string pattern, string path)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        ArgumentNullException.ThrowIfNull(path);
        var p = pattern.Trim('/').Split('/');
        var s = path.Trim('/').Split('/');
        for (var i = 0; i < p.Length; i++)
        {
            if (p[i] == "**")
            {
                return true;
            }

            if (i >= s.Length || (p[i] != "*" && !string.Equals(p[i], s[i], StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return p.Length == s.Length;
    }
}
