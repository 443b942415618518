using SpecGen.Diff.Surface;

namespace SpecGen.Diff;

/// <summary>
/// <c>specgen diff</c>: parses the command line, loads both documents, compares them, writes the report and
/// returns the exit code: 0 nothing to fail on, 1 changes to fail on, 2 usage or input error.
/// </summary>
public static class DiffRunner
{
    public const int Success = 0;
    public const int ChangesFound = 1;
    public const int UsageError = 2;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr)
    {
        var options = DiffOptions.Parse(args, out var error, out var helpRequested);
        if (helpRequested)
        {
            stdout.Write(DiffOptions.Usage);
            stdout.Write('\n');
            return Success;
        }

        if (options is null)
        {
            stderr.Write($"specgen diff: {error}\n\n{DiffOptions.Usage}\n");
            return UsageError;
        }

        return Run(options, stdout, stderr);
    }

    /// <summary>Compares the two documents of parsed <paramref name="options"/> and writes the report; returns the exit code.</summary>
    public static int Run(DiffOptions options, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var oldDocument = SpecDocument.Load(options.OldPath);
            var newDocument = SpecDocument.Load(options.NewPath);
            var surfaces = options.Surface
                ? SurfaceDiff.Start(oldDocument, newDocument, SdkNames.Resolve(options.Namespace, options.ClientName, options.NewPath, newDocument.Root))
                : null;
            var result = SpecComparer.Compare(oldDocument, newDocument);
            if (surfaces is not null)
            {
                result = result.WithSurface(SurfaceDiff.Compare(surfaces, result.Changes));
            }

            var title = options.Title ?? $"{options.OldPath} → {options.NewPath}";
            ReportFormatters.For(options.Format).Write(result, title, stdout);
            return ShouldFail(result, options.FailOn) ? ChangesFound : Success;
        }
        catch (DiffInputException ex)
        {
            stderr.Write($"specgen diff: error: {ex.Message}\n");
            return UsageError;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // A bug in the diff engine must still not show users a stack trace.
            stderr.Write($"specgen diff: internal error while comparing {options.OldPath} and {options.NewPath}: {ex.GetType().Name}: {ex.Message}\n");
            return UsageError;
        }
    }

    public static bool ShouldFail(DiffResult result, FailOn failOn) => failOn switch
    {
        FailOn.Breaking => result.HasBreakingChanges,
        FailOn.Warning => result.HasBreakingChanges || result.Count(ChangeClass.Warning) > 0 || result.CountSurface(ChangeClass.Warning) > 0,
        _ => false,
    };
}
