using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>
/// Emits a model's <c>PropertyIndex</c>: JSON property name (UTF-8) → the property's position, -1 for
/// unknown names. Names are told apart by their length, then, in a large group, by the byte that
/// differs most, then compared whole. The code grows linearly with the properties and the compiler
/// handles it in linear time (a chain of <c>else if</c> or a string <c>switch</c> does not); reading a
/// name costs a few comparisons, not one per property.
/// </summary>
internal static class PropertyDispatchEmitter
{
    public const string MethodName = "PropertyIndex";

    /// <summary>Groups this small are compared name by name.</summary>
    private const int CompareDirectly = 4;

    /// <summary>How many byte switches may nest, and how far into a name a splitting byte is looked for.</summary>
    private const int MaxNestedSwitches = 2;
    private const int MaxPositionsScanned = 64;

    public static void Emit(CodeWriter w, EquatableArray<PropertySpec> properties)
    {
        var names = new List<Candidate>(properties.Count);
        int index = 0;
        foreach (PropertySpec property in properties)
        {
            names.Add(new Candidate(property.WireName, Encoding.UTF8.GetBytes(property.WireName), index++));
        }

        w.Open("private static int " + MethodName + "(global::System.ReadOnlySpan<byte> name)");
        w.Open("switch (name.Length)");
        foreach (IGrouping<int, Candidate> group in names.GroupBy(n => n.Bytes.Length).OrderBy(g => g.Key))
        {
            w.Line("case " + group.Key.ToString(CultureInfo.InvariantCulture) + ":");
            w.Indent();
            EmitGroup(w, group.ToList(), new HashSet<int>());
            w.Line("break;");
            w.Outdent();
        }

        w.Close();
        w.Line();
        w.Line("return -1;");
        w.Close();
    }

    private static void EmitGroup(CodeWriter w, List<Candidate> group, HashSet<int> usedPositions)
    {
        int position = group.Count > CompareDirectly && usedPositions.Count < MaxNestedSwitches ? BestPosition(group, usedPositions) : -1;
        if (position < 0)
        {
            foreach (Candidate candidate in group)
            {
                // One line per name (generated code: the braces would be three more lines per property).
                w.Line("if (" + ApiNames.JsonHelperName + ".NameIs(name, " + Literals.Utf8(candidate.WireName) + ")) return " + candidate.Index.ToString(CultureInfo.InvariantCulture) + ";");
            }

            return;
        }

        usedPositions.Add(position);
        w.Open("switch (name[" + position.ToString(CultureInfo.InvariantCulture) + "])");
        foreach (IGrouping<byte, Candidate> sub in group.GroupBy(c => c.Bytes[position]).OrderBy(g => g.Key))
        {
            w.Line("case " + ByteLiteral(sub.Key) + ":");
            w.Indent();
            EmitGroup(w, sub.ToList(), usedPositions);
            w.Line("break;");
            w.Outdent();
        }

        w.Close();
        usedPositions.Remove(position);
    }

    /// <summary>The byte position that splits the group into the most parts; -1 when no position splits it.</summary>
    private static int BestPosition(List<Candidate> group, HashSet<int> usedPositions)
    {
        int length = System.Math.Min(group[0].Bytes.Length, MaxPositionsScanned);
        int best = -1;
        int bestCount = 1;
        var seen = new HashSet<byte>();
        for (int position = 0; position < length; position++)
        {
            if (usedPositions.Contains(position))
            {
                continue;
            }

            seen.Clear();
            foreach (Candidate candidate in group)
            {
                seen.Add(candidate.Bytes[position]);
            }

            if (seen.Count > bestCount)
            {
                best = position;
                bestCount = seen.Count;
            }
        }

        return best;
    }

    private static string ByteLiteral(byte value)
        => value is >= (byte)'a' and <= (byte)'z' or >= (byte)'A' and <= (byte)'Z' or >= (byte)'0' and <= (byte)'9' or (byte)'_' or (byte)'-' or (byte)'.'
            ? "(byte)'" + (char)value + "'"
            : "0x" + value.ToString("X2", CultureInfo.InvariantCulture);

    private sealed class Candidate
    {
        public Candidate(string wireName, byte[] bytes, int index)
        {
            WireName = wireName;
            Bytes = bytes;
            Index = index;
        }

        public string WireName { get; }

        public byte[] Bytes { get; }

        public int Index { get; }
    }
}
