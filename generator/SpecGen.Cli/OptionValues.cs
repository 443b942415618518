using System.CommandLine.Parsing;

namespace SpecGen.Cli;

/// <summary>Turns an option's token into a value with the rule that owns it; a token the rule rejects is a parse error (exit 2).</summary>
internal static class OptionValues
{
    public delegate bool TryParse<T>(string text, out T value);

    /// <summary>For <c>CustomParser</c>: the value <paramref name="tryParse"/> reads, or the error <paramref name="error"/> words.</summary>
    public static T Parse<T>(ArgumentResult result, TryParse<T> tryParse, Func<string, string> error)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        if (!tryParse(text, out var value))
        {
            result.AddError(error(text));
        }

        return value;
    }
}
