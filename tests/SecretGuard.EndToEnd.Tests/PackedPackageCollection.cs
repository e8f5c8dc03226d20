namespace SecretGuard.EndToEnd.Tests;

/// <summary>All end-to-end tests share one packed package (packing is the slow part).</summary>
[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackageFixture>
{
    public const string Name = "packed SecretGuard package";
}
