using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// <c>## Overview</c> (概览): the description, then H3 parts of <c>*Label* : value</c> lines
/// (version, contact, license, <c>### URI scheme</c> host / basePath / schemes) and the
/// <c>### Tags</c> list (<c>* pet : Pet resource</c>).
/// </summary>
internal static class OverviewSection
{
    public static void Read(MdDocument document, int from, int end, DocumentDraft draft)
    {
        var blocks = document.Blocks;
        string? part = null;
        string? host = null, basePath = null, schemes = null;
        var descriptionEnd = from;
        for (var i = from; i < end; i++)
        {
            var block = blocks[i];
            if (block.Kind == MdBlockKind.Heading)
            {
                part = block.Text.Trim();
                continue;
            }

            if (part is null)
            {
                descriptionEnd = i + 1;
                continue;
            }

            if (Labels.Is(part, Labels.TagList))
            {
                foreach (var (_, item) in Markup.ListItems(block))
                {
                    AddTag(item, draft);
                }
            }

            foreach (var (_, label, value) in Markup.LabelledLines(block))
            {
                if (Labels.Is(label, Labels.Version))
                {
                    draft.Version ??= value;
                }
                else if (Labels.Is(label, Labels.Host))
                {
                    host = value;
                }
                else if (Labels.Is(label, Labels.BasePath))
                {
                    basePath = value;
                }
                else if (Labels.Is(label, Labels.Schemes))
                {
                    schemes = value;
                }
            }
        }

        if (descriptionEnd > from)
        {
            draft.Description ??= document.Slice(from, descriptionEnd - 1).Trim() is { Length: > 0 } text ? text : null;
        }

        AddServer(host, basePath, schemes, draft);
    }

    /// <summary><c>name : description</c> (0.x: <c>name: description</c>).</summary>
    private static void AddTag(string item, DocumentDraft draft)
    {
        var colon = item.IndexOf(" : ", StringComparison.Ordinal);
        var width = 3;
        if (colon < 0)
        {
            colon = item.IndexOf(": ", StringComparison.Ordinal);
            width = 2;
        }

        var name = (colon < 0 ? item : item[..colon]).Trim();
        var description = colon < 0 ? null : item[(colon + width)..].Trim();
        if (name.Length > 0 && !draft.Tags.Exists(t => t.Name == name))
        {
            draft.Tags.Add(new TagDraft(name, string.IsNullOrEmpty(description) ? null : description));
        }
    }

    /// <summary><c>{scheme}://{host}{basePath}</c> (the first scheme, http when none), or the base path alone when no host is given.</summary>
    private static void AddServer(string? host, string? basePath, string? schemes, DocumentDraft draft)
    {
        var path = basePath is null or "/" ? string.Empty : basePath.TrimEnd('/');
        if (!string.IsNullOrEmpty(host))
        {
            var scheme = schemes?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.ToLowerInvariant() ?? "http";
            draft.Servers.Add(new ServerDraft($"{scheme}://{host}{path}", null));
        }
        else if (path.Length > 0)
        {
            draft.Servers.Add(new ServerDraft(path, null));
        }
    }
}
