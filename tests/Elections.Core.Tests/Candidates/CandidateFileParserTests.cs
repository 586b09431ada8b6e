using Elections.Core.Candidates;
using Elections.Core.Tests.Voters;
using Elections.Core.Validation;

namespace Elections.Core.Tests.Candidates;

public sealed class CandidateFileParserTests
{
    private const string File = "candidates/amara.md";

    private const string Complete = """
        ---
        name: Amara Okafor
        github: "@Amara"
        email: amara@example.org
        discourse: amara
        matrix: "@amara:example.org"
        conflicts_of_interest:
          - "Employer: Example Ltd"
          - Board member of Example Foundation
        ---

        ## Motivation

        Reviews.
        """;

    private static Problem Single(string text)
    {
        var result = CandidateFileParser.Parse(File, text);
        return Assert.Single(result.Problems);
    }

    private static void AssertAt(Problem problem, int line, string field, string message) =>
        ProblemAssert.At(problem, File, line, field, message);

    [Theory]
    [InlineData("")]
    [InlineData("\n  \n")]
    [InlineData("\uFEFF")]
    public void Parse_EmptyFile_FreshNomination(string text)
    {
        var result = CandidateFileParser.Parse(File, text);

        Assert.Empty(result.Problems);
        Assert.Equal(NominationState.Nominated, result.Candidate.State);
        Assert.Equal("amara", result.Candidate.Login);
        Assert.Same(CandidateForm.Empty, result.Candidate.Form);
    }

    [Fact]
    public void Parse_CompleteForm_ReadsEveryFieldAndBody()
    {
        var result = CandidateFileParser.Parse(File, Complete);

        Assert.Empty(result.Problems);
        var candidate = result.Candidate;
        Assert.Equal(NominationState.FormComplete, candidate.State);
        Assert.Empty(candidate.MissingFields);
        Assert.Equal(("Amara Okafor", "Amara", "amara@example.org", "amara", "@amara:example.org"), (candidate.Form.Name, candidate.Form.GitHub, candidate.Form.Email, candidate.Form.Discourse, candidate.Form.Matrix));
        Assert.Equal(["Employer: Example Ltd", "Board member of Example Foundation"], candidate.Form.ConflictsOfInterest);
        Assert.Equal(3, candidate.Form.Lines["github"]);
        Assert.Equal(12, candidate.BodyLine);
        Assert.StartsWith("## Motivation", candidate.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ConflictsNone_Declared()
    {
        var result = CandidateFileParser.Parse(File, Complete.Replace("conflicts_of_interest:\n  - \"Employer: Example Ltd\"\n  - Board member of Example Foundation", "conflicts_of_interest: None", StringComparison.Ordinal));

        Assert.Empty(result.Problems);
        Assert.True(result.Candidate.Form.ConflictsDeclared);
        Assert.Empty(result.Candidate.Form.ConflictsOfInterest);
        Assert.Equal(NominationState.FormComplete, result.Candidate.State);
    }

    [Fact]
    public void Parse_PartialForm_IncompleteListingWhatIsMissing()
    {
        var result = CandidateFileParser.Parse(File, "---\nname: Amara\ngithub: amara\nemail:\n---\n");

        Assert.Empty(result.Problems);
        Assert.Equal(NominationState.FormIncomplete, result.Candidate.State);
        Assert.Equal(["email", "conflicts_of_interest", CandidateFileParser.MotivationField], result.Candidate.MissingFields);
    }

    [Fact]
    public void Parse_EmptyFrontMatter_IncompleteWithoutProblems()
    {
        var result = CandidateFileParser.Parse(File, "---\n---\nSome motivation.\n");

        Assert.Empty(result.Problems);
        Assert.Equal(NominationState.FormIncomplete, result.Candidate.State);
        Assert.Equal(3, result.Candidate.BodyLine);
    }

    [Theory]
    [InlineData("## Motivation\nno front matter\n", 1, "front matter", "starts with the form")]
    [InlineData("---\nname: Amara\n", 1, "front matter", "never closed")]
    [InlineData("---\nname: Amara\n  github: [\n---\n", 3, "front matter", "not valid YAML")]
    [InlineData("---\nname: A\nname: B\n---\n", 3, "front matter", "not valid YAML")]
    [InlineData("---\n- a\n- b\n---\n", 2, "front matter", "'field: value' lines")]
    [InlineData("---\nname: Amara\ngithb: amara\n---\n", 3, "githb", "did you mean \"github\"")]
    [InlineData("---\nname: Amara\nphone: 123\n---\n", 3, "phone", "unknown field")]
    [InlineData("---\nname:\n  - A\n---\n", 2, "name", "single line of text")]
    [InlineData("---\ngithub: not a login\n---\n", 2, "github", "not a GitHub login")]
    [InlineData("---\nemail: Amara <amara@example.org>\n---\n", 2, "email", "space")]
    [InlineData("---\nconflicts_of_interest: Example Ltd\n---\n", 2, "conflicts_of_interest", "single value")]
    [InlineData("---\nconflicts_of_interest: []\n---\n", 2, "conflicts_of_interest", "empty list")]
    [InlineData("---\nconflicts_of_interest:\n  - Example Ltd\n  - none\n---\n", 4, "conflicts_of_interest", "'none' cannot be an entry")]
    [InlineData("---\nconflicts_of_interest:\n  a: b\n---\n", 2, "conflicts_of_interest", "write a list")]
    public void Parse_BadFrontMatter_ReportsFileLineField(string text, int line, string field, string message) =>
        AssertAt(Single(text), line, field, message);

    [Fact]
    public void Parse_SeveralBadFields_AllReported()
    {
        var result = CandidateFileParser.Parse(File, "---\nnmae: A\ngithub: not a login\nemail: nope\n---\nbody\n");

        Assert.Equal([2, 3, 4], result.Problems.Select(p => p.Line));
    }

    [Theory]
    [InlineData("candidates/Amara-Okafor.md", "Amara-Okafor")]
    [InlineData("candidates\\bo.md", "bo")]
    [InlineData("chen.MD", "chen")]
    public void LoginFromFileName_StripsFolderAndExtension(string file, string login) =>
        Assert.Equal(login, CandidateFileParser.LoginFromFileName(file));
}
