namespace Elections.Core.Tests.Voters;

/// <summary>An invented voter map in the NixOS 2024 format (nixos-anchor §2.1), one entry per variant, one per line.</summary>
internal static class NixosMapFixture
{
    public const string File = "nixos-voters.json";

    // Line numbers: the first entry is on line 2.
    public const string Text = """
        {
          "ana.ferreira@example.org": 2000001,
          "ben.okoro+nix@example.net": 2000002,
          "@cleo-park: No known email, you cannot vote unless one is added with a PR!": 2000003,
          "@dario-m: Email address removed because it was not reachable, add one with a PR to be able to vote": 2000004,
          "@eun-ji: OpaVote email sent to eun.ji@example.org bounced (550 5.1.1 user unknown), please try a different email": 2000005,
          "@fenna: email should be fenna@example.net but checking": 2000006,
          "gus.hale@example.org": "@gus-hale: GitHub account does not exist anymore, so you can't interact with this repository",
          "hana.ito@example.net": "@hana-ito: Revoked repository access due to rule violations"
        }
        """;

    public const int Entries = 8;
}
