namespace SpecGen.Cli.Releasing;

/// <summary>What <c>specgen release</c> was asked to do.</summary>
/// <param name="Repository">The git work tree (specs/, src/, tags).</param>
/// <param name="Api">Only this API, or every one.</param>
/// <param name="Feed">The NuGet source to push to (a URL or a folder); null only for a dry run.</param>
/// <param name="ApiKey">The feed's API key, or null (a folder feed needs none).</param>
/// <param name="Date">The release date the notes show, <c>YYYY-MM-DD</c>.</param>
/// <param name="Output">Where packages and release notes are written (relative to the repository).</param>
/// <param name="DryRun">Decide and render everything, write and publish nothing.</param>
public sealed record ReleaseOptions(string Repository, string? Api, string? Feed, string? ApiKey, string Date, string Output, bool DryRun);
