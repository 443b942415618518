namespace SpecGen.Core.Tests.Support;

/// <summary>Locates the repository (the folder holding SpecGen.sln) and its API folders.</summary>
internal static class Repository
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpecGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("SpecGen.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    public static string Specs => Path.Combine(Root, "specs");

    public static string Fixture(params string[] parts) => Path.Combine(new[] { AppContext.BaseDirectory, "Fixtures" }.Concat(parts).ToArray());

    /// <summary>The API folder each seed was copied into.</summary>
    public static string ApiForSeed(string seed) => seed[..3] switch
    {
        "000" => "juhebot",
        "001" => "napcat",
        "002" => "maxim",
        "003" => "eyun",
        "004" => "wukongchat",
        _ => throw new ArgumentException($"unknown seed {seed}"),
    };
}
