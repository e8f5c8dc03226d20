using System.Globalization;
using SecretGuard.Core.Findings;
using SecretGuard.Git.Native;

namespace SecretGuard.Git;

/// <summary>
/// A walked commit: its id and its position in the walk (<see cref="Order"/>, oldest first). Author, date and
/// message are read only for commits that end up with findings (<see cref="Describe"/>).
/// </summary>
internal sealed class CommitInfo
{
    private KeyValuePair<string, string>[]? properties;

    public CommitInfo(Oid id, int order)
    {
        Id = id;
        Sha = id.ToHex();
        Order = order;
    }

    public Oid Id { get; }

    public string Sha { get; }

    public int Order { get; }

    /// <summary>The finding properties (commit, author, email, date, message) of this commit, read once.</summary>
    public KeyValuePair<string, string>[] Describe(ObjectReader reader)
    {
        if (properties is not null)
        {
            return properties;
        }

        (string Name, string Email, DateTimeOffset When, string Summary) details;
        try
        {
            details = reader.Read(Id, Libgit2.ObjectType.Commit, RawCommit.ParseDetails);
        }
        catch (GitScanException)
        {
            details = ("", "", DateTimeOffset.MinValue, "");
        }

        properties =
        [
            new(FindingProperties.Commit, Sha),
            new(FindingProperties.Author, details.Name),
            new(FindingProperties.Email, details.Email),
            new(FindingProperties.Date, details.When == DateTimeOffset.MinValue ? "" : details.When.ToString("yyyy-MM-dd'T'HH:mm:ssK", CultureInfo.InvariantCulture)),
            new(FindingProperties.Message, details.Summary),
        ];
        return properties;
    }
}
