using Scriban.Runtime;
using SpecGen.Cli.Templating;
using SpecGen.Diff;

namespace SpecGen.Cli.Releasing;

/// <summary>
/// The model every release template gets (PR body, release note, changelog entry), and their rendering.
/// Variables: <c>api</c>, <c>package</c>, <c>version</c>, <c>released_version</c> ("" for a first release),
/// <c>date</c> ("" when none was given), <c>first_release</c>, <c>bump</c>, <c>label</c>, <c>has_breaking</c>,
/// <c>summary</c>, <c>report</c> (the <c>specgen diff</c> markdown report; "" for a first release),
/// <c>counts</c> (<c>breaking</c>, <c>warning</c>, <c>non_breaking</c>, <c>documentation</c>) and <c>groups</c>
/// (one per class that has changes, breaking first: <c>id</c>, <c>heading</c>, <c>count</c>, <c>changes</c>, each
/// <c>rule</c>, <c>location</c>, <c>message</c>, <c>old</c>, <c>new</c> and <c>text</c>, a markdown-safe line).
/// </summary>
public static class ChangeNotes
{
    /// <summary>The template names by the kind users pick on the command line.</summary>
    public static readonly IReadOnlyDictionary<string, string> Kinds = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["pr-body"] = TemplateLibrary.PrBody,
        ["pr-labels"] = TemplateLibrary.PrLabels,
        ["release-note"] = TemplateLibrary.ReleaseNote,
        ["changelog"] = TemplateLibrary.ChangelogEntry,
    };

    /// <summary>The model of one SDK's changes; <paramref name="specPath"/> titles the diff report.</summary>
    public static ScriptObject Model(string api, string package, string? date, string specPath, ReleaseChanges changes)
    {
        var diff = changes.Diff;
        var model = new ScriptObject
        {
            ["api"] = api,
            ["package"] = package,
            ["version"] = changes.Version.ToString(),
            ["released_version"] = changes.ReleasedVersion?.ToString() ?? string.Empty,
            ["date"] = date ?? string.Empty,
            ["first_release"] = changes.FirstRelease,
            ["bump"] = diff is null ? "none" : ReportText.Id(diff.SuggestedBump),
            ["label"] = changes.Label,
            ["has_breaking"] = diff?.HasBreakingChanges ?? false,
            ["summary"] = diff is null ? "First release: no earlier spec to compare with." : ReportText.Summary(diff),
            ["report"] = diff is null ? string.Empty : Report(diff, specPath),
            ["counts"] = new ScriptObject
            {
                ["breaking"] = diff?.Count(ChangeClass.Breaking) ?? 0,
                ["warning"] = diff?.Count(ChangeClass.Warning) ?? 0,
                ["non_breaking"] = diff?.Count(ChangeClass.NonBreaking) ?? 0,
                ["documentation"] = diff?.Count(ChangeClass.Documentation) ?? 0,
            },
            ["groups"] = Groups(diff),
        };
        return model;
    }

    private static string Report(DiffResult diff, string title)
    {
        var writer = new StringWriter { NewLine = "\n" };
        new MarkdownReportFormatter().Write(diff, title, writer);
        return writer.ToString();
    }

    private static ScriptArray Groups(DiffResult? diff)
    {
        var groups = new ScriptArray();
        if (diff is null)
        {
            return groups;
        }

        foreach (var changeClass in ReportText.ClassOrder)
        {
            var changes = diff.Of(changeClass).Select(Change).ToList();
            if (changes.Count > 0)
            {
                groups.Add(new ScriptObject
                {
                    ["id"] = ReportText.Id(changeClass),
                    ["heading"] = ReportText.Heading(changeClass),
                    ["count"] = changes.Count,
                    ["changes"] = new ScriptArray(changes),
                });
            }
        }

        return groups;
    }

    private static ScriptObject Change(Change change) => new()
    {
        ["rule"] = change.RuleId,
        ["location"] = change.Location,
        ["message"] = change.Message,
        ["old"] = change.Old ?? string.Empty,
        ["new"] = change.New ?? string.Empty,
        ["text"] = $"{MarkdownText.Code(change.Location)}: {MarkdownText.Escape(change.Message)}",
    };
}
