using System.Reflection;
using Elections.Core.Validation;

namespace Elections.Cli.Rehearsal;

/// <summary>
/// Finds a scenario: a file path, else <c>rehearsals/NAME.yml</c> of the election, else (for <c>default</c>) the
/// built-in copy of the sample's <c>rehearsals/default.yml</c>.
/// </summary>
internal static class ScenarioSource
{
    public const string Folder = "rehearsals";

    public static (string File, string Text) Read(string electionFolder, string nameOrFile)
    {
        if (File.Exists(nameOrFile))
        {
            return (nameOrFile, File.ReadAllText(nameOrFile));
        }

        var inRepository = Path.Combine(electionFolder, Folder, nameOrFile + ".yml");
        if (File.Exists(inRepository))
        {
            return (Path.Combine(Folder, nameOrFile + ".yml"), File.ReadAllText(inRepository));
        }

        if (nameOrFile == "default")
        {
            using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Elections.Cli.Rehearsal.default.yml")!;
            using var reader = new StreamReader(stream);
            return ("(built-in) rehearsals/default.yml", reader.ReadToEnd());
        }

        throw new InvalidInputException(new Problem("command line", 0, "--scenario", $"no file {nameOrFile} and no {Folder}/{nameOrFile}.yml in the election; give a scenario file or a name under {Folder}/"));
    }
}
