namespace Elections.Infrastructure.Store;

/// <summary>One versioned schema step. Versions only grow; an applied migration is never edited.</summary>
internal sealed record Migration(int Version, string Description, string Sql);
