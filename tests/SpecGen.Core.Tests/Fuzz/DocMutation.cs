using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace SpecGen.Core.Tests.Fuzz;

/// <summary>One edit of a seed doc's lines; positions are taken modulo the current line count.</summary>
public sealed record Mutation(MutationKind Kind, int Position, int Other, int Size)
{
    public override string ToString() => $"{Kind}@{Position}/{Other}/{Size}";
}

public enum MutationKind
{
    Truncate,
    DuplicateLine,
    InsertHostileLine,
    SwapLines,
    DeleteLine,
    HostileCharacter,
    HostileCell,
    HugeLine,
}

/// <summary>A fuzz case: a window of one seed doc (or all of it) with edits applied, reproducible from its fields.</summary>
public sealed record FuzzCase(int Seed, int Start, int Length, Mutation[] Mutations)
{
    public override string ToString() => $"seed {FuzzSeeds.Names[Seed]} lines {Start}+{Length}: {string.Join(", ", Mutations.Select(m => m.ToString()))}";

    public string Build()
    {
        var all = FuzzSeeds.Lines[Seed];
        var start = Length >= all.Length ? 0 : Start % all.Length;
        var lines = all.Skip(start).Take(Length).ToList();
        string? truncateAt = null;
        foreach (var mutation in Mutations)
        {
            if (lines.Count == 0)
            {
                lines.Add(string.Empty);
            }

            var at = mutation.Position % lines.Count;
            switch (mutation.Kind)
            {
                case MutationKind.Truncate:
                    truncateAt = mutation.Position.ToString();
                    break;
                case MutationKind.DuplicateLine:
                    lines.InsertRange(at, Enumerable.Repeat(lines[at], 1 + mutation.Size % 8));
                    break;
                case MutationKind.InsertHostileLine:
                    lines.Insert(at, HostileLine(mutation.Other, mutation.Size));
                    break;
                case MutationKind.SwapLines:
                    var other = mutation.Other % lines.Count;
                    (lines[at], lines[other]) = (lines[other], lines[at]);
                    break;
                case MutationKind.DeleteLine:
                    lines.RemoveRange(at, Math.Min(lines.Count - at, 1 + mutation.Size % 5));
                    break;
                case MutationKind.HostileCharacter:
                    var line = lines[at];
                    var column = line.Length == 0 ? 0 : mutation.Other % line.Length;
                    lines[at] = line[..column] + HostileChars[mutation.Size % HostileChars.Length] + line[column..];
                    break;
                case MutationKind.HostileCell:
                    lines[at] = ReplaceCell(lines[at], mutation.Other, HostileCells[mutation.Size % HostileCells.Length]);
                    break;
                case MutationKind.HugeLine:
                    lines.Insert(at, new string("x|»[>#"[mutation.Other % 6], 1000 + mutation.Size % 100_000));
                    break;
            }
        }

        var text = string.Join('\n', lines);
        if (truncateAt is not null && text.Length > 0)
        {
            text = text[..(int.Parse(truncateAt) % text.Length)];
        }

        return text;
    }

    private static readonly string[] HostileChars = { ">", "»", "|", "[", "]", "{", "}", "\u0000", "⇥", "`", "<", "\\", "#", "*", "\t", "\"" };

    private static readonly string[] HostileCells =
    {
        "⇥200", "[OK](https://x)", "string" + string.Concat(Enumerable.Repeat("[]", 40)), new string('[', 60) + "string" + new string(']', 60),
        "path", "query", "header", "{id}", "/a/{b}", "null", "default", "600", "", "»»»»»»»»", "[[X](#schemax)]", "< < string, X > map > array",
        "enum (a, b", "integer(int32", "[anyOf]", "*anonymous*", "**additionalProperties**", "是", "否", "true",
    };

    private static string HostileLine(int kind, int size) => (kind % 14) switch
    {
        0 => new string('>', 1 + size % 300),
        1 => "|" + new string('»', 1 + size % 120) + $" f{size}|body|object| 否 |x|",
        2 => new string('|', 1 + size % 200),
        3 => new string('[', 1 + size % 300) + "string" + new string(']', 1 + size % 300),
        4 => "\u0000\u0001\u0002",
        5 => string.Concat(Enumerable.Repeat("- ", 1 + size % 100)) + "x",
        6 => new string('#', 1 + size % 10) + " POST /a/{x}/b/{x}",
        7 => "POST /fuzz/{" + size + "}",
        8 => "|⇥" + size % 700 + "|[OK](https://x)|none|Inline|",
        9 => "```" + (size % 2 == 0 ? "json" : string.Empty),
        10 => "|" + new string('⇥', 1 + size % 120) + $"f{size}|string|否|x|",
        11 => "{" + new string('[', size % 100) + "1" + new string(']', size % 100) + "}",
        12 => "|名称|位置|类型|必选|说明|\n|---|---|---|---|---|",
        _ => "## POST /same",
    };

    private static string ReplaceCell(string line, int index, string value)
    {
        if (!line.StartsWith('|'))
        {
            return "|" + value + line;
        }

        var cells = line.Split('|');
        cells[1 + index % Math.Max(1, cells.Length - 2)] = value;
        return string.Join('|', cells);
    }
}

/// <summary>FsCheck generators of fuzz cases over the seed docs.</summary>
public static class FuzzCases
{
    private static readonly MutationKind[] Kinds = Enum.GetValues<MutationKind>();

    private static readonly Gen<Mutation> Mutation =
        from kind in Gen.Elements(Kinds)
        from position in Gen.Choose(0, 1_000_000)
        from other in Gen.Choose(0, 1_000_000)
        from size in Gen.Choose(0, 1_000_000)
        select new Mutation(kind, position, other, size);

    public static readonly Gen<FuzzCase> Case =
        from seed in Gen.Choose(0, FuzzSeeds.Names.Length - 1)
        from start in Gen.Choose(0, 100_000)
        from length in Gen.Frequency((1, Gen.Constant(int.MaxValue)), (6, Gen.Choose(5, 400)))
        from count in Gen.Choose(1, 6)
        from mutations in Mutation.ArrayOf(count)
        select new FuzzCase(seed, start, length, mutations);
}

/// <summary>The five seed docs (<c>specs/*/source.md</c>), split into lines once.</summary>
public static class FuzzSeeds
{
    public static readonly string[] Names = Conversion.SeedApis.Names;

    public static readonly string[][] Lines = Names
        .Select(n => File.ReadAllText(Path.Combine(Support.Repository.Specs, n, "source.md")).Replace("\r\n", "\n").Split('\n'))
        .ToArray();

    public static readonly Settings.ApiSettings[] Settings = Names
        .Select(n => Core.Settings.ApiSettings.Load(Path.Combine(Support.Repository.Specs, n, "specgen.json")))
        .ToArray();
}
