namespace Elections.Infrastructure.Tests.Announcements;

/// <summary>Golden files under tests/…/Announcements/Golden: compared as written; ELECTIONS_UPDATE_GOLDEN=1 rewrites them.</summary>
internal static class Golden
{
    private static string Folder => Path.Combine(SampleRepository.Root, "tests", "Elections.Infrastructure.Tests", "Announcements", "Golden");

    public static void Check(string name, string actual)
    {
        var path = Path.Combine(Folder, name);
        if (Environment.GetEnvironmentVariable("ELECTIONS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(path, actual);
        }

        Assert.True(File.Exists(path), $"{path} is missing: run the test with ELECTIONS_UPDATE_GOLDEN=1 and review the new file");
        Assert.Equal(File.ReadAllText(path), actual);
    }
}
