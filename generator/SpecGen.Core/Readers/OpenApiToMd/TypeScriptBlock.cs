using System.Text.RegularExpressions;
using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.OpenApiToMd;

/// <summary>
/// Parses an openapi-to-md 1.1.1 <c>```typescript</c> block (its <c>outputObject</c>) into a <see cref="TsNode"/> tree.
/// Lines, whatever their indentation: <c>// text</c> (description, or <c>// #/components/…</c>: the name of the ref
/// expanded below), <c>{</c> (the root object), <c>name?: type</c> / <c>name: type</c>, <c>name: {</c> (an object),
/// <c>}</c> / <c>}[]</c> (its end; an array of it), <c>name:#/components/schemas/X</c> (a ref shown before),
/// <c>undefined…</c> (the root itself has that form); a parameter block is one field line outside any object. Types: a word (<c>string</c>), <c>enum[a, b]</c>, a union
/// <c>number | string</c>, <c>A &amp; B</c>, <c>Partial(A) &amp; Partial(B)</c>, each followed by any <c>[]</c>;
/// <c> //default: x</c> is dropped. One pass over the lines.
/// </summary>
internal static partial class TypeScriptBlock
{
    private const string RootName = "undefined";
    private const string RefPrefix = "#/components/schemas/";

    public static TsNode Parse(MdBlock block, DiagnosticBag diagnostics)
    {
        var root = new TsNode(null, null, null, block.Line);
        var open = new Stack<TsNode>();
        var comments = new List<string>();
        var line = block.Line;
        foreach (var raw in block.Text.Split('\n'))
        {
            line++;
            var text = raw.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (text.StartsWith("//", StringComparison.Ordinal))
            {
                var comment = text[2..].Trim();
                if (!comment.StartsWith("#/", StringComparison.Ordinal))
                {
                    comments.Add(comment);
                }

                continue;
            }

            var description = comments.Count > 0 ? string.Join('\n', comments) : null;
            comments.Clear();
            if (text.StartsWith('}'))
            {
                Close(open, text[1..], line, diagnostics);
                continue;
            }

            if (text == "{" && open.Count == 0)
            {
                root.IsObject = true;
                open.Push(root);
                continue;
            }

            var field = FieldLine().Match(text);
            if (!field.Success)
            {
                if (open.Count == 0 && root.Word is null && root.Reference is null)
                {
                    ReadType(root, text, open, line, diagnostics); // a root that is a scalar, enum or array of them
                }
                else
                {
                    diagnostics.Warn(line, DiagnosticCodes.UnreadableLine, $"'{text}' is no field of this typescript block; skipped");
                }

                continue;
            }

            var name = field.Groups["name"].Value;
            var required = field.Groups["optional"].Success ? false : (bool?)true;
            TsNode node;
            if (open.Count == 0 && name == RootName)
            {
                node = root; // undefined?: A & {…}
            }
            else
            {
                // A field outside any object is a parameter block's one field (limit?: integer).
                node = new TsNode(name, required, description, line);
                (open.Count == 0 ? root : open.Peek()).Properties.Add(node);
            }

            var rest = field.Groups["rest"].Value.Trim();
            ReadType(node, rest, open, line, diagnostics);
        }

        return root;
    }

    /// <summary>Reads the type after the colon into <paramref name="node"/>; an object or a composition ending in <c>{</c> is opened.</summary>
    private static void ReadType(TsNode node, string text, Stack<TsNode> open, int line, DiagnosticBag diagnostics)
    {
        var defaultAt = text.IndexOf(" //default:", StringComparison.Ordinal);
        if (defaultAt >= 0)
        {
            text = text[..defaultAt].TrimEnd();
        }

        if (text == "{")
        {
            node.IsObject = true;
            node.Required = null; // objects get no '?' whether required or not
            open.Push(node);
            return;
        }

        var arrays = TrailingArrays(ref text);
        node.ArrayDepth += arrays;
        var parts = Parts(text, out var kind);
        if (parts.Count == 1)
        {
            ReadSingle(node, parts[0]);
            if (arrays > 0 || node.Reference is not null)
            {
                node.Required = null; // arrays get '?' always, refs never
            }

            return;
        }

        if (kind == CompositionKind.OneOf && parts.Count == 2 && parts.Contains("null"))
        {
            ReadSingle(node, parts.First(p => p != "null"));
            node.Nullable = true;
            return;
        }

        if (arrays > 0)
        {
            diagnostics.Warn(line, DiagnosticCodes.AmbiguousComposition,
                $"'{text}[]' may be an array of the composition or a composition whose last part is an array; read as an array of the composition");
        }

        node.Composition = kind;
        foreach (var part in parts)
        {
            var branch = new TsNode(null, null, null, line) { Owner = node };
            node.Branches.Add(branch);
            if (part == "{")
            {
                branch.IsObject = true;
                open.Push(branch);
            }
            else
            {
                ReadSingle(branch, part);
            }
        }
    }

    private static void ReadSingle(TsNode node, string text)
    {
        if (text.StartsWith(RefPrefix, StringComparison.Ordinal))
        {
            node.Reference = text[RefPrefix.Length..];
        }
        else if (text.StartsWith("enum[", StringComparison.Ordinal) && text.EndsWith(']'))
        {
            node.Enum = text[5..^1].Split(", ").Select(v => v.Trim()).ToList();
        }
        else
        {
            node.Word = text;
        }
    }

    /// <summary><c>}</c>, <c>}[]</c>, <c>})</c> (the end of a <c>Partial({…})</c>), possibly followed by more parts.</summary>
    private static void Close(Stack<TsNode> open, string rest, int line, DiagnosticBag diagnostics)
    {
        if (open.Count == 0)
        {
            diagnostics.Warn(line, DiagnosticCodes.UnreadableLine, "'}' closes no object; skipped");
            return;
        }

        var closed = open.Pop();
        rest = rest.Trim().TrimStart(')');
        var arrays = TrailingArrays(ref rest);
        if (arrays > 0 && closed.Owner is { } owner)
        {
            // openapi-to-md appends [] to an array's whole item: after `A & {…}` it is the composition's.
            diagnostics.Warn(line, DiagnosticCodes.AmbiguousComposition,
                "'[]' after the last part of a composition may belong to that part or to the whole; read as an array of the composition");
            owner.ArrayDepth += arrays;
            owner.Required = null;
        }
        else
        {
            closed.ArrayDepth += arrays;
            closed.Required = arrays > 0 ? null : closed.Required;
        }

        if (rest.Length > 0)
        {
            diagnostics.Warn(line, DiagnosticCodes.UnreadableLine, $"'{rest}' after the end of an object is not read");
        }
    }

    private static int TrailingArrays(ref string text)
    {
        var count = 0;
        while (text.EndsWith("[]", StringComparison.Ordinal) && !text.EndsWith("enum[]", StringComparison.Ordinal))
        {
            text = text[..^2].TrimEnd();
            count++;
        }

        return count;
    }

    /// <summary>Splits a type on <c> &amp; </c> or <c> | </c> outside <c>enum[…]</c>; <c>Partial(X)</c> parts make an anyOf.</summary>
    private static List<string> Parts(string text, out CompositionKind kind)
    {
        kind = CompositionKind.None;
        if (text.StartsWith("enum[", StringComparison.Ordinal) && text.EndsWith(']'))
        {
            return [text];
        }

        string[] parts;
        if (text.Contains(" & ", StringComparison.Ordinal))
        {
            parts = text.Split(" & ");
            kind = parts.All(p => p.StartsWith("Partial(", StringComparison.Ordinal)) ? CompositionKind.AnyOf : CompositionKind.AllOf;
        }
        else if (text.Contains(" | ", StringComparison.Ordinal))
        {
            parts = text.Split(" | ");
            kind = CompositionKind.OneOf;
        }
        else
        {
            return [text];
        }

        return parts.Select(p => Unwrap(p.Trim())).ToList();
    }

    private static string Unwrap(string part) =>
        part.StartsWith("Partial(", StringComparison.Ordinal)
            ? part["Partial(".Length..].TrimEnd(')').Trim()
            : part;

    /// <summary><c>name?: rest</c>, <c>name: rest</c>, <c>name:#/components/…</c>.</summary>
    [GeneratedRegex(@"^(?<name>[^:?\s]+)(?<optional>\?)?:(?<rest>(?:\s.*)?|#.*)$")]
    private static partial Regex FieldLine();
}
