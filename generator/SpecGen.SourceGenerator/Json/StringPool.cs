namespace SpecGen.SourceGenerator.Json;

/// <summary>
/// One string per distinct short text of a document: a spec repeats the same keys and small values (<c>type</c>,
/// <c>properties</c>, <c>string</c>, <c>#/components/schemas/User</c>) thousands of times, and a 3 MB spec read with a
/// new string for each allocated a third more. Open addressing over the source text, so a repeat allocates nothing.
/// </summary>
internal sealed class StringPool
{
    /// <summary>Longer texts (descriptions, mostly) are rarely repeated: they get their own string.</summary>
    public const int MaxLength = 64;

    private string?[] _slots = new string?[1024];
    private int _count;

    /// <summary>The pooled string equal to <c>text.Substring(start, length)</c>; <paramref name="length"/> is at most <see cref="MaxLength"/>.</summary>
    public string Get(string text, int start, int length)
    {
        int hash = Hash(text, start, length);
        int mask = _slots.Length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask)
        {
            string? slot = _slots[i];
            if (slot is null)
            {
                string created = text.Substring(start, length);
                _slots[i] = created;
                if (++_count * 2 > _slots.Length)
                {
                    Grow();
                }

                return created;
            }

            if (slot.Length == length && string.CompareOrdinal(slot, 0, text, start, length) == 0)
            {
                return slot;
            }
        }
    }

    private static int Hash(string text, int start, int length)
    {
        // FNV-1a over the UTF-16 code units: cheap, and spread enough for identifier-like texts.
        uint hash = 2166136261;
        for (int i = start; i < start + length; i++)
        {
            hash = (hash ^ text[i]) * 16777619;
        }

        return (int)(hash & 0x7FFFFFFF);
    }

    private void Grow()
    {
        string?[] old = _slots;
        _slots = new string?[old.Length * 2];
        int mask = _slots.Length - 1;
        foreach (string? pooled in old)
        {
            if (pooled is null)
            {
                continue;
            }

            int i = Hash(pooled, 0, pooled.Length) & mask;
            while (_slots[i] is not null)
            {
                i = (i + 1) & mask;
            }

            _slots[i] = pooled;
        }
    }
}
