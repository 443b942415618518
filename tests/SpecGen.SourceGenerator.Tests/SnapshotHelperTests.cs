using SpecGen.SourceGenerator.Tests.Infrastructure;

namespace SpecGen.SourceGenerator.Tests;

/// <summary>The approval helper itself: a mismatch fails and leaves a .received. file.</summary>
public sealed class SnapshotHelperTests
{
    [Fact]
    public void A_mismatch_fails_and_writes_a_received_file()
    {
        string name = "helper-selftest-" + Guid.NewGuid().ToString("N");
        string directory = Path.Combine(TestFiles.ProjectDirectory(), "Snapshots");
        string approved = Path.Combine(directory, name + ".approved.txt");
        string received = Path.Combine(directory, name + ".received.txt");
        File.WriteAllText(approved, "line 1\nline 2\n");
        try
        {
            Snapshot.Match(name, "line 1\nline 2\n");
            Assert.False(File.Exists(received));

            if (Environment.GetEnvironmentVariable("SPECGEN_ACCEPT") == "1")
            {
                return;
            }

            var failure = Assert.ThrowsAny<Exception>(() => Snapshot.Match(name, "line 1\nchanged\n"));
            Assert.Contains("line 2", failure.Message, StringComparison.Ordinal);
            Assert.Equal("line 1\nchanged\n", File.ReadAllText(received));
        }
        finally
        {
            File.Delete(approved);
            File.Delete(received);
        }
    }
}
