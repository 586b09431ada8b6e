namespace Elections.Core.Candidacy;

/// <summary>The <c>nomination</c> check run's outcome and text.</summary>
/// <param name="Conclusion">Success, neutral or failure.</param>
/// <param name="Title">One line.</param>
/// <param name="Summary">Markdown: what counts, what is missing, what to do next.</param>
public sealed record NominationCheck(CheckConclusion Conclusion, string Title, string Summary)
{
    /// <summary>The check run's name on GitHub.</summary>
    public const string Name = "nomination";
}
