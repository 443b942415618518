using SpecGen.Cli.Releasing;

namespace SpecGen.Cli.Tests;

/// <summary>
/// A throwaway git repository shaped like this one: specs/demo/ (doc and generated spec), src/Demo/ (an SDK project
/// that names specs/demo/openapi.json, packaged with this repository's src/Directory.Build.* files), one commit.
/// </summary>
internal sealed class TempRepo : IDisposable
{
    private readonly TempFolder folder = new();

    public TempRepo(string doc)
    {
        var root = RepositoryRoot();
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "src/Directory.Build.props", "src/Directory.Build.targets" })
        {
            folder.File(file, System.IO.File.ReadAllText(System.IO.Path.Combine(root, file)));
        }

        folder.File(".gitignore", "bin/\nobj/\nartifacts/\n");
        folder.File("specs/demo/source.md", doc);
        folder.File("src/Demo/Demo.Sdk.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <PackageId>Demo.Sdk</PackageId>
                <Description>Generated from specs/demo/openapi.json.</Description>
              </PropertyGroup>
              <ItemGroup>
                <None Include="../../specs/demo/openapi.json" Pack="false" Visible="false" />
              </ItemGroup>
            </Project>
            """);
        folder.File("src/Demo/Marker.cs", "namespace Demo;\n\n/// <summary>The SDK.</summary>\npublic static class Marker;\n");
        Generate();
        Git("init", "--quiet", "--initial-branch=main");
        Git("config", "user.name", "SpecGen Tests");
        Git("config", "user.email", "tests@specgen.invalid");
        Git("config", "commit.gpgsign", "false");
        Git("config", "tag.gpgsign", "false");
        CommitAll("initial");
    }

    public string Path => folder.Path;

    public string File(string relative, string content) => folder.File(relative, content);

    public string Read(string relative) => System.IO.File.ReadAllText(System.IO.Path.Combine(Path, relative));

    public bool Exists(string relative) => System.IO.Path.Exists(System.IO.Path.Combine(Path, relative));

    /// <summary>Regenerates specs/*/openapi.json from the docs (what ./generate.sh does first).</summary>
    public void Generate()
    {
        var run = CliRun.Of("generate", "--specs", System.IO.Path.Combine(Path, "specs"));
        Assert.True(run.ExitCode == 0, run.Stderr);
    }

    public void CommitAll(string message)
    {
        Git("add", "--all");
        Git("commit", "--quiet", "-m", message);
    }

    public string Git(params string[] arguments)
    {
        var result = ProcessRunner.Run("git", Path, arguments);
        Assert.True(result.ExitCode == 0, $"git {string.Join(' ', arguments)}: {result.Stderr}");
        return result.Stdout;
    }

    public void Dispose() => folder.Dispose();

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "SpecGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SpecGen.sln not found above the test binaries");
    }
}
