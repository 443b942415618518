using SpecGen.Core.Diagnostics;
using SpecGen.Core.Drafts;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Swagger2Markup;

/// <summary>
/// <c>## Security</c> (安全): per scheme an H3 name, its description and <c>*Type* : apiKey</c>,
/// <c>*Name* : api_key</c>, <c>*In* : HEADER</c> lines. apiKey and basic are kept; oauth2 is not
/// expressible here and is reported.
/// </summary>
internal static class SecuritySection
{
    public static void Read(MdDocument document, int from, int end, DocumentDraft draft, DiagnosticBag diagnostics)
    {
        var blocks = document.Blocks;
        for (var i = from; i < end; i++)
        {
            if (!blocks[i].IsHeading(3))
            {
                continue;
            }

            var heading = blocks[i];
            var name = Markup.HeadingText(heading);
            string? type = null, location = null, headerName = null;
            var description = new List<string>();
            var j = i + 1;
            for (; j < end && blocks[j].Kind != MdBlockKind.Heading; j++)
            {
                var labelled = Markup.LabelledLines(blocks[j]).ToList();
                foreach (var (_, label, value) in labelled)
                {
                    if (Labels.Is(label, Labels.Type))
                    {
                        type = value;
                    }
                    else if (Labels.Is(label, Labels.Name))
                    {
                        headerName = value;
                    }
                    else if (Labels.Is(label, Labels.In))
                    {
                        location = value.ToLowerInvariant();
                    }
                }

                if (labelled.Count == 0 && blocks[j].Kind == MdBlockKind.Paragraph && Markup.Anchor(blocks[j]) is null)
                {
                    description.Add(blocks[j].Raw.Trim());
                }
            }

            var text = description.Count > 0 ? string.Join("\n\n", description) : null;
            switch (type?.ToLowerInvariant())
            {
                case "apikey":
                    draft.SecuritySchemes.Add(new SecuritySchemeDraft(name, "apiKey", location ?? "header", headerName ?? name, null, text));
                    break;
                case "basic":
                    draft.SecuritySchemes.Add(new SecuritySchemeDraft(name, "http", null, null, "basic", text));
                    break;
                default:
                    diagnostics.Warn(heading.Line, DiagnosticCodes.UnknownLocation, $"security scheme '{name}' of type '{type}' is not supported; left out");
                    break;
            }

            i = j - 1;
        }
    }
}
