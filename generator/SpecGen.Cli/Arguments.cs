namespace SpecGen.Cli;

/// <summary>A small, strict parser for <c>--name value</c> options and positional arguments.</summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string?> _options = new(StringComparer.Ordinal);
    private readonly List<string> _positional = new();

    private Arguments()
    {
    }

    public IReadOnlyList<string> Positional => _positional;

    /// <summary>Parses <paramref name="args"/>; on a usage error prints it to <paramref name="stderr"/>, sets <paramref name="exitCode"/> and returns null.</summary>
    /// <param name="args">The command's arguments.</param>
    /// <param name="valued">Options that take a value (with aliases, e.g. "-o").</param>
    /// <param name="flags">Options that take none.</param>
    /// <param name="stderr">Where usage errors go.</param>
    /// <param name="exitCode">The exit code to return when parsing failed.</param>
    public static Arguments? Parse(string[] args, IReadOnlyCollection<string> valued, IReadOnlyCollection<string> flags, TextWriter stderr, out int exitCode)
    {
        var result = new Arguments();
        exitCode = ExitCodes.Success;
        for (var i = 0; i < args.Length; i++)
        {
            var arg = args[i];
            if (valued.Contains(arg))
            {
                if (i + 1 >= args.Length)
                {
                    exitCode = Usage.Fail(stderr, $"option '{arg}' needs a value");
                    return null;
                }

                result._options[arg] = args[++i];
            }
            else if (flags.Contains(arg))
            {
                result._options[arg] = null;
            }
            else if (arg.StartsWith('-') && arg.Length > 1)
            {
                exitCode = Usage.Fail(stderr, $"unknown option '{arg}'");
                return null;
            }
            else
            {
                result._positional.Add(arg);
            }
        }

        return result;
    }

    public bool Has(string name) => _options.ContainsKey(name);

    public string? Value(params string[] names) => names.Select(n => _options.GetValueOrDefault(n)).FirstOrDefault(v => v is not null);
}
