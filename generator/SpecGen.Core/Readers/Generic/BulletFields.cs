using System.Text.RegularExpressions;
using SpecGen.Core.Markdown;

namespace SpecGen.Core.Readers.Generic;

/// <summary>
/// A bullet list that names fields (<c>- **base64** ： 必填。待识别图像…</c>, <c>- name：名称，必填</c>), as
/// hand-written docs write parameters, read as a field table: name (its indentation kept, so nested
/// bullets nest), a required flag from the words 必填/必选/required or 可选/optional, the description.
/// Only a list whose every item has that shape counts, with at least two items or a bold or code name.
/// </summary>
internal static partial class BulletFields
{
    public static PipeTable? AsTable(MdBlock block)
    {
        if (block.Kind != MdBlockKind.List)
        {
            return null;
        }

        var rows = new List<TableRow>();
        var marked = false;
        foreach (var (line, text) in block.Lines())
        {
            if (text.Trim().Length == 0)
            {
                continue;
            }

            var item = Item().Match(text);
            if (!item.Success)
            {
                if (Bullet().IsMatch(text))
                {
                    return null; // a bullet of another shape: prose, not fields
                }

                continue; // a continuation line of the item above
            }

            marked |= item.Groups["mark"].Success;
            var description = item.Groups["text"].Value.Trim();
            var required = RequiredWords().IsMatch(description) ? "是" : OptionalWords().IsMatch(description) ? "否" : string.Empty;
            // Table cells are trimmed, so the bullet's indentation travels as &emsp; (one per two spaces), which field names read as indentation.
            var indent = string.Concat(Enumerable.Repeat("&emsp;", (item.Groups["indent"].Value.Replace("\t", "    ", StringComparison.Ordinal).Length + 1) / 2));
            rows.Add(new TableRow(line, [indent + item.Groups["name"].Value, required, description]));
        }

        return rows.Count >= 2 || (rows.Count == 1 && marked) ? new PipeTable(rows[0].Line, new TableRow(rows[0].Line, ["name", "required", "description"]), rows) : null;
    }

    [GeneratedRegex(@"^(?<indent>\s*)[-*+]\s+(?<mark>\*\*|`)?(?<name>[A-Za-z_$][\w.$\-\[\]]*)(?:\*\*|`)?\s*[:：]\s*(?<text>.*)$")]
    private static partial Regex Item();

    [GeneratedRegex(@"^\s*[-*+]\s+\S")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"必填|必选|必须|必传|\brequired\b", RegexOptions.IgnoreCase)]
    private static partial Regex RequiredWords();

    [GeneratedRegex(@"可选|选填|非必填|非必须|\boptional\b", RegexOptions.IgnoreCase)]
    private static partial Regex OptionalWords();
}
