using System.Net;
using Elections.Infrastructure.GitHub;
using Elections.Infrastructure.GitHub.Http;
using Polly;

namespace Elections.Infrastructure.Tests.GitHub.Http;

public sealed class GitHubRetryTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly GitHubOptions Options = new() { MaxRetryDelay = TimeSpan.FromMinutes(2), SecondaryRateLimitDelay = TimeSpan.FromMinutes(1) };

    [Fact]
    public void ShouldRetry_5xxOnCreatingPost_IsFalse()
    {
        var outcome = Outcome.FromResult(new GitHubResponse { Status = HttpStatusCode.BadGateway });

        Assert.True(GitHubRetry.ShouldRetry(outcome, RetrySafety.Always, Options, new ManualTimeProvider(Now)));
        Assert.False(GitHubRetry.ShouldRetry(outcome, RetrySafety.RejectedOnly, Options, new ManualTimeProvider(Now)));
    }

    [Fact]
    public void ShouldRetry_RateLimitOnCreatingPost_IsTrue()
    {
        var outcome = Outcome.FromResult(new GitHubResponse { Status = HttpStatusCode.TooManyRequests, RetryAfter = TimeSpan.FromSeconds(3) });

        Assert.True(GitHubRetry.ShouldRetry(outcome, RetrySafety.RejectedOnly, Options, new ManualTimeProvider(Now)));
        Assert.Equal(TimeSpan.FromSeconds(3), GitHubRetry.RateLimitDelay(outcome, Options, new ManualTimeProvider(Now)));
    }

    [Fact]
    public void RateLimitDelay_PrimaryLimit_WaitsUntilResetPlusASecond()
    {
        var outcome = Outcome.FromResult(new GitHubResponse { Status = HttpStatusCode.Forbidden, RateLimitRemaining = 0, RateLimitReset = Now.AddSeconds(30) });

        Assert.Equal(TimeSpan.FromSeconds(31), GitHubRetry.RateLimitDelay(outcome, Options, new ManualTimeProvider(Now)));
    }

    [Fact]
    public void RateLimitDelay_SecondaryLimitWithoutHeaders_UsesTheConfiguredWait()
    {
        var body = "{\"message\":\"You have exceeded a secondary rate limit.\"}"u8.ToArray();
        var outcome = Outcome.FromResult(new GitHubResponse { Status = HttpStatusCode.Forbidden, Body = body });

        Assert.Equal(TimeSpan.FromMinutes(1), GitHubRetry.RateLimitDelay(outcome, Options, new ManualTimeProvider(Now)));
    }

    [Fact]
    public void ShouldRetry_ResetBeyondTheCap_GivesUp()
    {
        var outcome = Outcome.FromResult(new GitHubResponse { Status = HttpStatusCode.Forbidden, RateLimitRemaining = 0, RateLimitReset = Now.AddHours(1) });

        Assert.False(GitHubRetry.ShouldRetry(outcome, RetrySafety.Always, Options, new ManualTimeProvider(Now)));
    }

    [Fact]
    public void ShouldRetry_PlainForbiddenOrNotFound_IsFalse()
    {
        var forbidden = Outcome.FromResult(new GitHubResponse { Status = HttpStatusCode.Forbidden, Body = "{\"message\":\"Resource not accessible by integration\"}"u8.ToArray() });
        var notFound = Outcome.FromResult(new GitHubResponse { Status = HttpStatusCode.NotFound });

        Assert.False(GitHubRetry.ShouldRetry(forbidden, RetrySafety.Always, Options, new ManualTimeProvider(Now)));
        Assert.False(GitHubRetry.ShouldRetry(notFound, RetrySafety.Always, Options, new ManualTimeProvider(Now)));
    }

    [Fact]
    public void ShouldRetry_ConnectionRefusedOnCreatingPost_IsTrueButResponseEndedIsNot()
    {
        var refused = Outcome.FromException<GitHubResponse>(new HttpRequestException(HttpRequestError.ConnectionError, "refused"));
        var ended = Outcome.FromException<GitHubResponse>(new HttpRequestException(HttpRequestError.ResponseEnded, "ended"));

        Assert.True(GitHubRetry.ShouldRetry(refused, RetrySafety.RejectedOnly, Options, new ManualTimeProvider(Now)));
        Assert.False(GitHubRetry.ShouldRetry(ended, RetrySafety.RejectedOnly, Options, new ManualTimeProvider(Now)));
        Assert.True(GitHubRetry.ShouldRetry(ended, RetrySafety.Always, Options, new ManualTimeProvider(Now)));
    }
}
