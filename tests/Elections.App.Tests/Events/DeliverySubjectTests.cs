using System.Text;
using Elections.App.Events;
using Elections.Tests.Support;

namespace Elections.App.Tests.Events;

public sealed class DeliverySubjectTests
{
    [Fact]
    public void TryRead_IssueComment_RepositoryAndIssueNumber()
    {
        Assert.True(DeliverySubject.TryRead(Encoding.UTF8.GetBytes(CommentPayloads.Create(11, "hi", issueNumber: 12)), out var subject));

        Assert.Equal("acme/election#12", subject);
    }

    [Theory]
    [InlineData("""{"ref":"refs/heads/main","repository":{"full_name":"acme/e","owner":{"login":"acme"}}}""", "")]
    [InlineData("""{"number":3,"pull_request":{"number":3,"head":{"repo":{"full_name":"fork/e"}}},"repository":{"full_name":"acme/e"}}""", "acme/e#3")]
    [InlineData("""{"repository":null,"issue":{"number":4}}""", "")]
    public void TryRead_OtherShapes_SubjectOrEmpty(string json, string expected)
    {
        Assert.True(DeliverySubject.TryRead(Encoding.UTF8.GetBytes(json), out var subject));

        Assert.Equal(expected, subject);
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("[1,2]")]
    [InlineData("{\"repository\":")]
    public void TryRead_NotAJsonObject_False(string text)
    {
        Assert.False(DeliverySubject.TryRead(Encoding.UTF8.GetBytes(text), out _));
    }
}
