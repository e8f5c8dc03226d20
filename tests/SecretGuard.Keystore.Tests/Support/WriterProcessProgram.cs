using SecretGuard.Keystore.Model;
using SecretGuard.Keystore.Storage;

namespace SecretGuard.Keystore.Tests.Support;

/// <summary>
/// Entry point of the test assembly when run as a process (<c>dotnet SecretGuard.Keystore.Tests.dll MODE …</c>):
/// <list type="bullet">
/// <item><c>loop STORE KEYFILE</c>: appends entry <c>e{n}</c> (n = current count) forever, printing "ready" after the first write; the kill test kills it.</item>
/// <item><c>ops STORE KEYFILE WRITER COUNT</c>: appends <c>p{WRITER}-{i}</c> COUNT times, each a locked read-modify-write.</item>
/// <item><c>throughput COUNT</c>: in-process verify throughput (<see cref="VerifyThroughput"/>).</item>
/// </list>
/// </summary>
public static class WriterProcessProgram
{
    public static int Main(string[] args)
    {
        if (args.Length == 2 && args[0] == "throughput")
        {
            return VerifyThroughput.Run(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture));
        }

        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: loop STORE KEYFILE | ops STORE KEYFILE WRITER COUNT");
            return 2;
        }

        var storage = new KeystoreStorage(new KeystoreLocation(args[1], args[2]) { LockTimeout = TimeSpan.FromMinutes(2) });
        switch (args[0])
        {
            case "loop":
                var first = true;
                while (true)
                {
                    storage.Update(snapshot =>
                    {
                        snapshot.Document.Entries.Add(Entry("e" + snapshot.Document.Entries.Count));
                        return 0;
                    });
                    if (first)
                    {
                        Console.Out.WriteLine("ready");
                        Console.Out.Flush();
                        first = false;
                    }
                }

            case "ops":
                var writer = args[3];
                var count = int.Parse(args[4], System.Globalization.CultureInfo.InvariantCulture);
                for (var i = 0; i < count; i++)
                {
                    storage.Update(snapshot =>
                    {
                        snapshot.Document.Entries.Add(Entry($"p{writer}-{i}"));
                        return 0;
                    });
                }

                return 0;
            default:
                Console.Error.WriteLine($"unknown mode {args[0]}");
                return 2;
        }
    }

    public static KeyEntry Entry(string name) => new()
    {
        Id = name,
        Name = name,
        Service = "stress",
        Kind = EntryKind.Imported,
        Verifier = Convert.ToBase64String(new byte[32]),
        CreatedAt = DateTimeOffset.UnixEpoch,
    };
}
