namespace Elections.Core.Candidacy;

/// <summary>
/// One comment in a nomination pull request's conversation, as GitHub holds it now (edited comments
/// are re-read, deleted ones are simply absent).
/// </summary>
/// <param name="Id">The comment id (replies about it are keyed by it).</param>
/// <param name="Author">Who wrote it.</param>
/// <param name="Body">The body now.</param>
/// <param name="CreatedAt">GitHub's <c>created_at</c>.</param>
/// <param name="UpdatedAt">GitHub's <c>updated_at</c>; later than <paramref name="CreatedAt"/> once edited.</param>
public sealed record CommentFact(long Id, Person Author, string Body, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    /// <summary>
    /// When the comment's commands were given: <c>created_at</c>, or <c>updated_at</c> once edited, because an
    /// edit may add a command and a command added after a deadline is late (docs/candidacy.md "Deadlines").
    /// </summary>
    public DateTimeOffset ActedAt => UpdatedAt > CreatedAt ? UpdatedAt : CreatedAt;
}
