namespace SpecGen.Cli.Templating;

/// <summary>A template that can't be read, parsed or rendered; the message is <c>file:line: error SG0008: …</c>.</summary>
public sealed class TemplateException(string message) : Exception(message)
{
    /// <summary>The diagnostic code of every template error.</summary>
    public const string Code = "SG0008";
}
