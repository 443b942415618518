namespace SpecGen.Diff;

/// <summary>When <c>specgen diff</c> exits with 1.</summary>
public enum FailOn
{
    /// <summary>Breaking changes (the default).</summary>
    Breaking,

    /// <summary>Breaking changes or warnings.</summary>
    Warning,

    /// <summary>Never: report only.</summary>
    None,
}

/// <summary>The parsed command line of <c>specgen diff</c>.</summary>
public sealed record DiffOptions(string OldPath, string NewPath, ReportFormat Format, FailOn FailOn, string? Title)
{
    /// <summary>Whether to generate and compare the C# API of both SDKs (false with <c>--no-surface</c>).</summary>
    public bool Surface { get; init; } = true;

    /// <summary>The SDK's namespace for the surface diff (<c>--namespace</c>); null to take it from specgen.json or the spec.</summary>
    public string? Namespace { get; init; }

    /// <summary>The SDK's client name for the surface diff (<c>--client-name</c>); null to take it from specgen.json or the spec.</summary>
    public string? ClientName { get; init; }

    public const string Usage = """
        usage: specgen diff <old.json> <new.json> [options]

        Compares two OpenAPI 3.x documents and classifies every change as breaking, warning,
        non-breaking or documentation, with the SemVer bump the SDK package needs.

        options:
          --format text|markdown|json   output format (default: text); markdown suits a PR comment or job summary
          --fail-on breaking|warning|none
                                        exit with 1 on breaking changes (default), on breaking changes or
                                        warnings, or never
          --title TEXT                  the report's title (default: "<old> → <new>")
          --no-surface                  compare the wire only: don't generate and compile both SDKs to
                                        compare their C# API (faster; breaks of callers' code go unseen)
          --namespace NAME              the SDK's namespace for the C# API diff (default: specgen.json
                                        beside the new spec, else info.x-specgen-namespace)
          --client-name NAME            the SDK's client name (default: specgen.json, else
                                        info.x-specgen-client-name, else from the title)
          -h, --help                    show this help
          --                            everything after it is a file name, even if it starts with '-'

        exit codes: 0 nothing to fail on, 1 changes to fail on were found, 2 usage or input error
        """;

    /// <summary>Parses <paramref name="args"/> (everything after <c>diff</c>).</summary>
    /// <returns>The options, or null with <paramref name="error"/> set (null too when help was asked for).</returns>
    public static DiffOptions? Parse(IReadOnlyList<string> args, out string? error, out bool helpRequested)
    {
        error = null;
        helpRequested = false;
        var positional = new List<string>();
        var format = ReportFormat.Text;
        var failOn = FailOn.Breaking;
        string? title = null;
        string? ns = null;
        string? clientName = null;
        var surface = true;

        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "-h" or "--help")
            {
                helpRequested = true;
                return null;
            }

            if (arg == "--")
            {
                positional.AddRange(args.Skip(i + 1));
                break;
            }

            if (!arg.StartsWith('-') || arg.Length == 1)
            {
                positional.Add(arg);
                continue;
            }

            if (arg == "--no-surface")
            {
                surface = false;
                continue;
            }

            var (name, value) = SplitOption(arg);
            if (name is not ("--format" or "--fail-on" or "--title" or "--namespace" or "--client-name"))
            {
                error = $"unknown option '{name}'";
                return null;
            }

            if (value is null)
            {
                if (i + 1 >= args.Count)
                {
                    error = $"option '{name}' needs a value";
                    return null;
                }

                value = args[++i];
            }

            switch (name)
            {
                case "--format":
                    if (!TryParseFormat(value, out format))
                    {
                        error = $"unknown format '{value}' (expected text, markdown or json)";
                        return null;
                    }

                    break;
                case "--fail-on":
                    if (!TryParseFailOn(value, out failOn))
                    {
                        error = $"unknown --fail-on value '{value}' (expected breaking, warning or none)";
                        return null;
                    }

                    break;
                case "--namespace":
                    ns = value;
                    break;
                case "--client-name":
                    clientName = value;
                    break;
                default:
                    title = value;
                    break;
            }
        }

        if (positional.Count != 2)
        {
            error = positional.Count < 2
                ? "expected two files: the old and the new OpenAPI document"
                : $"expected two files, got {positional.Count}: {string.Join(", ", positional)}";
            return null;
        }

        return new DiffOptions(positional[0], positional[1], format, failOn, title) { Surface = surface, Namespace = ns, ClientName = clientName };
    }

    private static (string Name, string? Value) SplitOption(string arg)
    {
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        return equals < 0 ? (arg, null) : (arg[..equals], arg[(equals + 1)..]);
    }

    /// <summary>A <c>--format</c> value (case-insensitive; <c>md</c> is markdown); false when it names none.</summary>
    public static bool TryParseFormat(string value, out ReportFormat format)
    {
        format = value.ToLowerInvariant() switch
        {
            "text" => ReportFormat.Text,
            "markdown" or "md" => ReportFormat.Markdown,
            "json" => ReportFormat.Json,
            _ => (ReportFormat)(-1),
        };
        return Enum.IsDefined(format);
    }

    /// <summary>A <c>--fail-on</c> value (case-insensitive, with the aliases err, error, warn, never); false when it names none.</summary>
    public static bool TryParseFailOn(string value, out FailOn failOn)
    {
        failOn = value.ToLowerInvariant() switch
        {
            "breaking" or "err" or "error" => FailOn.Breaking,
            "warning" or "warn" => FailOn.Warning,
            "none" or "never" => FailOn.None,
            _ => (FailOn)(-1),
        };
        return Enum.IsDefined(failOn);
    }
}
