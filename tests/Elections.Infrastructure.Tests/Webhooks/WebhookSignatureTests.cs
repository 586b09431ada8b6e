using System.Text;
using Elections.Infrastructure.Webhooks;

namespace Elections.Infrastructure.Tests.Webhooks;

public sealed class WebhookSignatureTests
{
    private static readonly byte[] Secret = Encoding.UTF8.GetBytes("It's a Secret to Everybody");
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("Hello, World!");

    // GitHub's documented example: secret "It's a Secret to Everybody", payload "Hello, World!".
    private const string GitHubExample = "sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17";

    [Fact]
    public void Sign_GitHubDocumentedExample_MatchesDocumentedSignature() =>
        Assert.Equal(GitHubExample, WebhookSignature.Sign(Secret, Body));

    [Fact]
    public void Verify_CorrectSignature_IsValid() =>
        Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Secret, GitHubExample, Body));

    [Fact]
    public void Verify_UppercaseHex_IsValid() =>
        Assert.Equal(SignatureCheck.Valid, WebhookSignature.Verify(Secret, "sha256=" + GitHubExample[7..].ToUpperInvariant(), Body));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Verify_NoHeader_IsMissing(string? header) =>
        Assert.Equal(SignatureCheck.Missing, WebhookSignature.Verify(Secret, header, Body));

    [Theory]
    [InlineData("sha1=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("sha256=757107ea")]
    [InlineData("sha256=zz7107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    [InlineData("757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17")]
    public void Verify_MalformedHeader_IsMalformed(string header) =>
        Assert.Equal(SignatureCheck.Malformed, WebhookSignature.Verify(Secret, header, Body));

    [Fact]
    public void Verify_BodyChangedByOneByte_IsMismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, WebhookSignature.Verify(Secret, GitHubExample, Encoding.UTF8.GetBytes("Hello, World?")));

    [Fact]
    public void Verify_OtherSecret_IsMismatch() =>
        Assert.Equal(SignatureCheck.Mismatch, WebhookSignature.Verify(Encoding.UTF8.GetBytes("other"), GitHubExample, Body));

    [Fact]
    public void Verify_EmptySecret_Throws() =>
        Assert.Throws<ArgumentException>(() => WebhookSignature.Verify([], GitHubExample, Body));
}
