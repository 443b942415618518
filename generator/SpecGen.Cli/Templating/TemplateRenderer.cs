using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace SpecGen.Cli.Templating;

/// <summary>
/// Renders a Scriban template with a model, deterministically ("\n" line ends, invariant culture, no clock).
/// A template that doesn't parse, names a variable the model lacks or fails while rendering is a
/// <see cref="TemplateException"/> located at its file and line; never a stack trace.
/// </summary>
public static class TemplateRenderer
{
    /// <summary>The text <paramref name="template"/> gives for <paramref name="model"/>; <paramref name="origin"/> names the template in errors.</summary>
    public static string Render(string template, string origin, ScriptObject model)
    {
        var parsed = Template.Parse(template, origin);
        if (parsed.HasErrors)
        {
            var first = parsed.Messages.First(m => m.Type == ParserMessageType.Error);
            throw Located(origin, first.Span, first.Message);
        }

        var context = new TemplateContext
        {
            StrictVariables = true,
            NewLine = "\n",
            LoopLimit = 100_000,
            RecursiveLimit = 100,
            LimitToString = 1_000_000,
            MemberRenamer = member => member.Name,
        };
        context.PushCulture(System.Globalization.CultureInfo.InvariantCulture);
        context.PushGlobal(model);
        try
        {
            return parsed.Render(context).ReplaceLineEndings("\n");
        }
        catch (ScriptRuntimeException e)
        {
            throw Located(origin, e.Span, e.OriginalMessage);
        }
    }

    private static TemplateException Located(string origin, SourceSpan span, string message) =>
        new($"{origin}:{span.Start.Line + 1}: error {TemplateException.Code}: {message.ReplaceLineEndings(" ")} (column {span.Start.Column + 1})");
}
