using System;
using System.IO;
using Contracts.Tests.Harness;
using Xunit;
using Xunit.Sdk;

namespace Contracts.Tests.HarnessTests;

public sealed class SnapshotTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "contracts-snapshot-" + Guid.NewGuid().ToString("N"));

    public SnapshotTests() => Directory.CreateDirectory(_directory);

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void A_difference_fails_with_a_diff_and_writes_the_received_file()
    {
        File.WriteAllText(Path.Combine(_directory, "sample.verified.txt"), "one\ntwo\nthree\n");

        var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.MatchIn(_directory, "sample", "one\n2\nthree\n"));

        var receivedPath = Path.Combine(_directory, "sample.received.txt");
        Assert.Equal("one\n2\nthree\n", File.ReadAllText(receivedPath));
        Assert.Contains(receivedPath, failure.Message);
        Assert.Contains("-two", failure.Message);
        Assert.Contains("+2", failure.Message);
        Assert.True(failure.Message.Contains("@@ -1,3 +1,3 @@"), failure.Message);
    }

    [Fact]
    public void A_match_ignores_line_endings_and_removes_a_stale_received_file()
    {
        File.WriteAllText(Path.Combine(_directory, "sample.verified.txt"), "one\r\ntwo\r\n");
        var stale = Path.Combine(_directory, "sample.received.txt");
        File.WriteAllText(stale, "old");

        Snapshot.MatchIn(_directory, "sample", "one\ntwo\n");

        Assert.False(File.Exists(stale));
    }

    [Fact]
    public void A_missing_verified_file_fails_and_is_never_accepted_automatically()
    {
        var name = "harness-probe-" + Guid.NewGuid().ToString("N");
        var directory = Snapshot.SnapshotDirectory();
        var received = Path.Combine(directory, name + ".received.txt");
        try
        {
            var failure = Assert.ThrowsAny<XunitException>(() => Snapshot.Match(name, "content\n"));

            Assert.Contains("no verified file", failure.Message);
            Assert.True(File.Exists(received));
            Assert.False(File.Exists(Path.Combine(directory, name + ".verified.txt")));
        }
        finally
        {
            File.Delete(received);
        }
    }

    [Fact]
    public void Snapshots_live_in_the_source_tree_not_the_bin_folder()
    {
        var directory = Snapshot.SnapshotDirectory();

        Assert.True(File.Exists(Path.Combine(directory, "..", "Contracts.Tests.csproj")));
        Assert.DoesNotContain(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, directory);
    }
}
