using System.Globalization;
using LibGit2Sharp;
using SecretGuard.Core.Findings;

namespace SecretGuard.Git;

/// <summary>The facts about a commit that a finding carries. <see cref="Order"/> is its position in the walk (oldest first).</summary>
internal sealed class CommitInfo
{
    public CommitInfo(Commit commit, int order)
    {
        Sha = commit.Sha;
        Author = commit.Author.Name;
        Email = commit.Author.Email;
        Date = commit.Author.When;
        Summary = commit.MessageShort;
        Order = order;
    }

    public string Sha { get; }

    public string Author { get; }

    public string Email { get; }

    public DateTimeOffset Date { get; }

    public string Summary { get; }

    public int Order { get; }

    public KeyValuePair<string, string>[] ToProperties() =>
    [
        new(FindingProperties.Commit, Sha),
        new(FindingProperties.Author, Author),
        new(FindingProperties.Email, Email),
        new(FindingProperties.Date, Date.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)),
        new(FindingProperties.Message, Summary),
    ];
}
