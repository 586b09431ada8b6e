namespace Elections.Cli.Tests.Support;

/// <summary>A temporary copy of the repository's sample election, for tests that break it on purpose.</summary>
internal sealed class SampleRepository : IDisposable
{
    public SampleRepository()
    {
        var root = Root();
        Folder = Directory.CreateTempSubdirectory("elections-sample-");
        Directory.CreateDirectory(Path.Combine(Folder.FullName, "config"));
        Directory.CreateDirectory(Path.Combine(Folder.FullName, "candidates"));
        File.Copy(Path.Combine(root, "config", "election.yml"), PathOf("config/election.yml"));
        File.Copy(Path.Combine(root, "voters.json"), PathOf("voters.json"));
        foreach (var candidate in Directory.EnumerateFiles(Path.Combine(root, "candidates"), "*.md"))
        {
            File.Copy(candidate, PathOf("candidates/" + Path.GetFileName(candidate)));
        }
    }

    public DirectoryInfo Folder { get; }

    public string PathOf(string relative) => Path.Combine(Folder.FullName, relative);

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Write(string relative, string text) => File.WriteAllText(PathOf(relative), text);

    /// <summary>Replaces the first occurrence of <paramref name="find"/> in a file; fails if it is absent.</summary>
    public void Replace(string relative, string find, string replacement)
    {
        var text = Read(relative);
        var index = text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{find}' not found in {relative}");
        Write(relative, string.Concat(text.AsSpan(0, index), replacement, text.AsSpan(index + find.Length)));
    }

    /// <summary>Sends the election's mail to a local SMTP server on <paramref name="port"/>, without TLS or login (a test sink).</summary>
    public void SendMailTo(int port)
    {
        Replace("config/election.yml", "smtp_host: smtp.example.org", "smtp_host: 127.0.0.1");
        Replace("config/election.yml", "smtp_port: 587", $"smtp_port: {port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        Replace("config/election.yml", "tls: starttls", "tls: none");
        Replace("config/election.yml", "  user: elections\n", "");
    }

    /// <summary>The 1-based line of the first line containing <paramref name="find"/>.</summary>
    public int LineOf(string relative, string find)
    {
        var lines = Read(relative).Split('\n');
        var index = Array.FindIndex(lines, line => line.Contains(find, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{find}' not found in {relative}");
        return index + 1;
    }

    /// <summary>Replaces the sample's <c>results:</c> section (the last one of config/election.yml) with <paramref name="section"/>; empty removes it.</summary>
    public void SetResultsSection(string section)
    {
        var text = Read("config/election.yml");
        var index = text.IndexOf("\nresults:\n", StringComparison.Ordinal);
        Assert.True(index >= 0, "no results: section in config/election.yml");
        Write("config/election.yml", string.Concat(text.AsSpan(0, index + 1), section));
    }

    public void Dispose() => Folder.Delete(recursive: true);

    public static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Elections.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException("Elections.sln not found above the test binaries");
    }
}
