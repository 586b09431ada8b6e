namespace Elections.Core.Candidacy;

/// <summary>One thing a valid nomination still needs before it is confirmed.</summary>
/// <param name="Code">A stable word for machines: <c>acceptance</c>, <c>form</c>, <c>endorsements</c> or <c>independence</c>.</param>
/// <param name="Text">The same for people, with the numbers and names.</param>
public sealed record Missing(string Code, string Text)
{
    /// <summary>The nominee has not accepted.</summary>
    public const string Acceptance = "acceptance";

    /// <summary>The candidate form is incomplete.</summary>
    public const string Form = "form";

    /// <summary>Too few endorsers.</summary>
    public const string Endorsements = "endorsements";

    /// <summary>Too few mutually independent people among the nominee and endorsers.</summary>
    public const string Independence = "independence";
}
