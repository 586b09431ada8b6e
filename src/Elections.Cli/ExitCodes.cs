namespace Elections.Cli;

/// <summary>The exit codes every command uses (DESIGN principle 6).</summary>
internal static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
}
