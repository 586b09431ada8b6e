using System.Text.Json.Nodes;
using Elections.App.Voting;
using Elections.Core.Configuration;

namespace Elections.App.Tests.Voting;

/// <summary>When the embargo of the staged publication lifts (docs/voting.md "Staged publication" and "Handlers").</summary>
public sealed class ResultsPublicationTests
{
    private static readonly DateTimeOffset Notified = new(2026, 10, 27, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void PublicFrom_CandidatesNotified_EmbargoHoursLater() =>
        Assert.Equal(Notified.AddHours(24), ResultsPublication.PublicFrom(new ResultsSettings(), Notified));

    [Fact]
    public void PublicFrom_CandidatesNotNotified_Null() =>
        Assert.Null(ResultsPublication.PublicFrom(new ResultsSettings { EmbargoHours = 48 }, null));

    [Fact]
    public void PublicFrom_NoEmbargo_AtOnceEvenBeforeTheCandidatesStage() =>
        Assert.Equal(DateTimeOffset.MinValue, ResultsPublication.PublicFrom(new ResultsSettings { EmbargoHours = 0 }, null));

    [Fact]
    public void Notified_RecordAsPublishWritesIt_TheInstant() =>
        Assert.Equal(Notified, ResultsPublication.Notified(new JsonObject { ["candidates_notified_at"] = "2026-10-27T09:00:00.0000000+00:00" }));

    [Fact]
    public void Notified_NotAnInstant_Null() =>
        Assert.Null(ResultsPublication.Notified(new JsonObject { ["candidates_notified_at"] = 12 }));
}
