namespace Elections.Core.Tests.Voters;

/// <summary>Builds voters.json text with one voter per line; voter i (0-based) is on line 5 + i.</summary>
internal static class RollText
{
    public const string File = "voters.json";

    public static string Of(params string[] voters) =>
        "{\n  \"format\": \"elections/voters\",\n  \"version\": 1,\n  \"voters\": [\n"
        + string.Join(",\n", voters.Select(v => "    " + v))
        + "\n  ]\n}\n";

    public static string Active(long id, string login, string email) =>
        $"{{\"id\": {id}, \"login\": \"{login}\", \"email\": \"{email}\", \"source\": {{\"kind\": \"automatic\"}}, \"status\": \"active\"}}";
}
