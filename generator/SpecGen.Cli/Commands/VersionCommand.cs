using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using SpecGen.Cli.Releasing;
using SpecGen.Diff;

namespace SpecGen.Cli.Commands;

/// <summary>
/// <c>specgen version &lt;spec.json&gt; [--released &lt;released.json&gt; --released-version X.Y.Z] [--min-bump none|patch|minor|major]</c>
/// or <c>specgen version --api NAME [--repo DIR]</c> (the spec and its last release tag, see <see cref="LastRelease"/>):
/// prints the NuGet package version of the SDK generated from a spec, and nothing else, on standard output;
/// the reasoning goes to standard error.
/// </summary>
/// <remarks>
/// The rule (see <see cref="Decide"/>):
/// <list type="number">
/// <item>base = the spec's <c>info.version</c> normalized to <c>X.Y.Z</c> (<see cref="Normalize"/>).</item>
/// <item>With no released spec, the version is base.</item>
/// <item>Otherwise bump = <c>specgen diff released.json spec.json</c>'s suggested bump (at least --min-bump),
/// next = the released version raised by that bump (unchanged for "none"), and the version is max(base, next):
/// the SDK follows the vendor's version when the vendor moves further, and never goes below what the
/// changes require.</item>
/// </list>
/// </remarks>
public static class VersionCommand
{
    /// <summary>The <c>version</c> command: its arguments, options and action.</summary>
    public static Command Create()
    {
        var specPath = new Argument<string?>("spec.json") { Description = "The spec the SDK is generated from (or --api).", Arity = ArgumentArity.ZeroOrOne };
        var api = new Option<string?>("--api")
        {
            Description = "Instead of spec.json: <repo>/specs/<name>/openapi.json against its last release tag <name>/vX.Y.Z (the rule specgen release uses; at least patch when generator/SpecGen.SourceGenerator changed since).",
            HelpName = "name",
        };
        var repo = new Option<string>("--repo") { Description = "With --api: the git work tree.", HelpName = "dir", DefaultValueFactory = _ => "." };
        var released = VersionOptions.Released();
        var releasedVersion = VersionOptions.ReleasedVersion();
        var minBump = new Option<SemVerBump>("--min-bump")
        {
            Description = "The least bump after a release (e.g. patch when the generator changed).",
            HelpName = "none|patch|minor|major",
            DefaultValueFactory = _ => SemVerBump.None,
            CustomParser = result => OptionValues.Parse<SemVerBump>(result, TryParseBump, text => $"--min-bump '{text}' must be none, patch, minor or major"),
        };
        minBump.CompletionSources.Clear(); // the enum's names, capitalized; suggest the documented values instead
        minBump.CompletionSources.Add("none", "patch", "minor", "major");
        var command = new Command("version", "Print the SDK package version: info.version as X.Y.Z, or, after a release, the larger of that and the released version raised by the bump the diff suggests (at least --min-bump).")
        {
            specPath, api, repo, released, releasedVersion, minBump,
        };
        VersionOptions.RequireTogether(command, released, releasedVersion);
        command.Validators.Add(result =>
        {
            var hasSpec = result.GetResult(specPath) is { Tokens.Count: > 0 };
            if (hasSpec == (result.GetResult(api) is not null))
            {
                result.AddError("give either spec.json or --api");
            }
            else if (!hasSpec && result.GetResult(released) is not null)
            {
                result.AddError("--api reads the released spec from the last tag; --released goes with spec.json");
            }
        });
        command.SetAction(parsed => Run(
            parsed.GetValue(specPath),
            parsed.GetValue(api) is { } name ? (parsed.GetRequiredValue(repo), name) : null,
            parsed.GetValue(released),
            parsed.GetValue(releasedVersion),
            parsed.GetValue(minBump),
            parsed.InvocationConfiguration.Output,
            parsed.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Runs the command: 0 with the version on <paramref name="stdout"/>, 1 unreadable spec or repository.</summary>
    private static int Run(string? specPath, (string Repository, string Api)? fromTags, string? releasedPath, SemVersion? releasedVersion, SemVerBump minBump, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            ReleaseChanges changes;
            if (fromTags is var (repository, api))
            {
                var git = new Git(repository);
                git.EnsureWorkTree();
                var last = LastRelease.Read(git, repository, api);
                var path = Path.Combine(repository, LastRelease.SpecPath(api));
                var spec = SpecDocument.Load(path);
                var floor = last is not null && last.MinBump > minBump ? last.MinBump : minBump;
                changes = ReleaseChanges.Compute(spec, path, last?.Spec, last?.Version, floor);
            }
            else
            {
                var spec = SpecDocument.Load(specPath!);
                var released = releasedPath is null ? null : SpecDocument.Load(releasedPath);
                changes = ReleaseChanges.Compute(spec, specPath!, released, releasedVersion, minBump);
            }

            stderr.WriteLine($"specgen version: {changes.Decision.Explanation}");
            stdout.WriteLine(changes.Version.ToString());
            return ExitCodes.Success;
        }
        catch (DiffInputException ex)
        {
            stderr.WriteLine($"specgen version: error: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (ReleaseException ex)
        {
            stderr.WriteLine(ex.Message);
            return ExitCodes.Failure;
        }
    }

    /// <summary>The outcome of the rule: the version and a one-line reason.</summary>
    /// <param name="Version">The package version.</param>
    /// <param name="Explanation">How it was reached, for standard error.</param>
    public sealed record VersionDecision(SemVersion Version, string Explanation);

    /// <summary>
    /// The version rule, free of I/O. <paramref name="released"/> is null when nothing was released yet;
    /// <paramref name="bump"/> is the diff's suggested bump from the released spec to the current one.
    /// </summary>
    public static VersionDecision Decide(string? infoVersion, SemVersion? released, SemVerBump bump, SemVerBump minBump = SemVerBump.None)
    {
        var baseVersion = Normalize(infoVersion);
        var baseText = $"info.version {(infoVersion is null ? "(missing)" : Quote(infoVersion))} → {baseVersion}";
        if (released is null)
        {
            return new VersionDecision(baseVersion, $"{baseText}; no released version → {baseVersion}");
        }

        var effective = bump > minBump ? bump : minBump;
        var next = released.Value.Bump(effective);
        var version = next.CompareTo(baseVersion) >= 0 ? next : baseVersion;
        var bumpText = effective == bump ? Name(bump) : $"{Name(effective)} (diff: {Name(bump)}, --min-bump {Name(minBump)})";
        return new VersionDecision(version, $"{baseText}; released {released.Value} + {bumpText} = {next}; max → {version}");
    }

    /// <summary>
    /// <c>info.version</c> as <c>X.Y.Z</c>: surrounding blanks and a leading <c>v</c> are dropped; the leading
    /// numbers separated by <c>.</c>, <c>-</c> or <c>_</c> are taken, at most three, missing ones read 0
    /// (<c>v1.0</c> → 1.0.0, <c>2024-05-01</c> → 2024.5.1, <c>1.2.3.4</c> → 1.2.3, <c>1.0.0-beta</c> → 1.0.0).
    /// No leading number (missing, empty, <c>latest</c>) or a number too large → 0.1.0.
    /// </summary>
    public static SemVersion Normalize(string? infoVersion)
    {
        var fallback = new SemVersion(0, 1, 0);
        var text = (infoVersion ?? string.Empty).Trim();
        if (text.Length > 0 && (text[0] == 'v' || text[0] == 'V'))
        {
            text = text[1..].TrimStart();
        }

        var parts = new List<int>(3);
        var i = 0;
        while (parts.Count < 3 && i < text.Length && char.IsAsciiDigit(text[i]))
        {
            var start = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                i++;
            }

            if (!int.TryParse(text.AsSpan(start, i - start), NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                return fallback;
            }

            parts.Add(number);
            if (i + 1 < text.Length && text[i] is '.' or '-' or '_' && char.IsAsciiDigit(text[i + 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        if (parts.Count == 0)
        {
            return fallback;
        }

        while (parts.Count < 3)
        {
            parts.Add(0);
        }

        return new SemVersion(parts[0], parts[1], parts[2]);
    }

    /// <summary>The spec's <c>info.version</c> as text (a number too), or null.</summary>
    internal static string? InfoVersion(SpecDocument spec) =>
        spec.Root.TryGetProperty("info", out var info) && info.ValueKind == JsonValueKind.Object
        && info.TryGetProperty("version", out var version)
            ? version.ValueKind switch
            {
                JsonValueKind.String => version.GetString(),
                JsonValueKind.Number => version.GetRawText(),
                _ => null,
            }
            : null;

    private static bool TryParseBump(string text, out SemVerBump bump)
    {
        bump = text switch
        {
            "none" => SemVerBump.None,
            "patch" => SemVerBump.Patch,
            "minor" => SemVerBump.Minor,
            "major" => SemVerBump.Major,
            _ => (SemVerBump)(-1),
        };
        return bump >= SemVerBump.None;
    }

    private static string Name(SemVerBump bump) => bump.ToString().ToLowerInvariant();

    private static string Quote(string text) => JsonSerializer.Serialize(text);
}

/// <summary>A release version <c>X.Y.Z</c> (no pre-release or build suffix), ordered numerically.</summary>
/// <param name="Major">Incremented for breaking changes.</param>
/// <param name="Minor">Incremented for additions.</param>
/// <param name="Patch">Incremented for fixes and documentation.</param>
public readonly record struct SemVersion(int Major, int Minor, int Patch) : IComparable<SemVersion>
{
    /// <summary>Parses exactly <c>X.Y.Z</c> with non-negative integers without leading zeros; null otherwise.</summary>
    public static SemVersion? TryParse(string text)
    {
        var parts = text.Split('.');
        if (parts.Length != 3)
        {
            return null;
        }

        var numbers = new int[3];
        for (var i = 0; i < 3; i++)
        {
            var part = parts[i];
            if (part.Length == 0 || (part.Length > 1 && part[0] == '0') || !part.All(char.IsAsciiDigit)
                || !int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return new SemVersion(numbers[0], numbers[1], numbers[2]);
    }

    /// <summary>This version raised by <paramref name="bump"/> (unchanged for <see cref="SemVerBump.None"/>).</summary>
    public SemVersion Bump(SemVerBump bump) => bump switch
    {
        SemVerBump.Major => new SemVersion(Major + 1, 0, 0),
        SemVerBump.Minor => new SemVersion(Major, Minor + 1, 0),
        SemVerBump.Patch => new SemVersion(Major, Minor, Patch + 1),
        _ => this,
    };

    /// <inheritdoc />
    public int CompareTo(SemVersion other) =>
        Major != other.Major ? Major.CompareTo(other.Major)
        : Minor != other.Minor ? Minor.CompareTo(other.Minor)
        : Patch.CompareTo(other.Patch);

    /// <summary><c>X.Y.Z</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Major}.{Minor}.{Patch}");
}
