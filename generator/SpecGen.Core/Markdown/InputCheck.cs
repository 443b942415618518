using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Markdown;

/// <summary>Rejects what is not text (empty input, binary bytes) with a located error, keeping whatever text there is.</summary>
internal static class InputCheck
{
    public static string Clean(string text, DiagnosticBag diagnostics)
    {
        // Not text.Trim(): that copies the whole document (a large-object-heap string) just to test for blanks.
        if (text.AsSpan().Trim().IsEmpty)
        {
            diagnostics.Error(1, DiagnosticCodes.EmptyInput, "the document is empty");
            return string.Empty;
        }

        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.AsSpan().IndexOfAny(BinaryChars) < 0)
        {
            return text;
        }

        var firstBinary = -1;
        var builder = new System.Text.StringBuilder(text.Length);
        var line = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                line++;
            }

            if (IsBinary(c))
            {
                if (firstBinary < 0)
                {
                    firstBinary = line;
                }

                continue;
            }

            builder.Append(c);
        }

        if (firstBinary > 0)
        {
            diagnostics.Error(firstBinary, DiagnosticCodes.BinaryInput, "the document contains binary bytes (control characters or invalid UTF-8); they were removed and the rest was read");
            return builder.ToString();
        }

        return text;
    }

    private static readonly System.Buffers.SearchValues<char> BinaryChars = System.Buffers.SearchValues.Create(
        Enumerable.Range(0, 0x20).Where(c => c is not ('\n' or '\r' or '\t')).Concat(Enumerable.Range(0x7F, 0x21)).Append(0xFFFD).Select(c => (char)c).ToArray());

    private static bool IsBinary(char c) => c == '\uFFFD' || (char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
}
