using System.Globalization;
using System.Text;
using Elections.Cli.Tests.Support;

namespace Elections.Cli.Tests.Commands.Mail;

/// <summary>A copy of the sample election whose mail goes to a local SMTP sink without TLS or login, with a generated roll when asked.</summary>
internal sealed class MailElection : IDisposable
{
    private readonly SampleRepository _repository = new();

    public MailElection(int port, int generatedVoters = 0)
    {
        _repository.SendMailTo(port);
        if (generatedVoters > 0)
        {
            var roll = new StringBuilder("{\n  \"format\": \"elections/voters\",\n  \"version\": 1,\n  \"voters\": [\n");
            for (var i = 1; i <= generatedVoters; i++)
            {
                roll.Append(CultureInfo.InvariantCulture, $"    {{\"id\": {3_000_000 + i}, \"login\": \"voter-{i}\", \"email\": \"voter{i}@example.org\", \"source\": {{\"kind\": \"automatic\"}}, \"status\": \"active\"}}{(i < generatedVoters ? "," : "")}\n");
            }

            _repository.Write("voters.json", roll.Append("  ]\n}\n").ToString());
        }
    }

    public string Folder => _repository.Folder.FullName;

    public SampleRepository Repository => _repository;

    public void Dispose() => _repository.Dispose();
}
