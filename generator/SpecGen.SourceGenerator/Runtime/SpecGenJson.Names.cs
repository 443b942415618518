namespace SpecGen.Runtime.Template;

internal static partial class SpecGenJson
{
    /// <summary>
    /// A model's JSON property names and their positions: each model holds one, built once from its names, and finds a
    /// property by its UTF-8 name with one hash and one comparison. A model's code is then a list of strings, which the
    /// compiler handles far faster than a switch with a comparison per name.
    /// </summary>
    internal sealed class NameIndex
    {
        private readonly byte[][] _names;

        /// <summary>Open addressing: a slot holds a name's position + 1, or 0 when empty; at most half the slots are used.</summary>
        private readonly int[] _slots;

        private readonly int _mask;

        internal NameIndex(params string[] names)
        {
            int size = 8;
            while (size < names.Length * 2)
            {
                size <<= 1;
            }

            _names = new byte[names.Length][];
            _slots = new int[size];
            _mask = size - 1;
            for (int i = 0; i < names.Length; i++)
            {
                byte[] name = global::System.Text.Encoding.UTF8.GetBytes(names[i]);
                _names[i] = name;
                int slot = Hash(name) & _mask;
                while (_slots[slot] != 0)
                {
                    slot = (slot + 1) & _mask;
                }

                _slots[slot] = i + 1;
            }
        }

        /// <summary>The position of the property with this (unescaped UTF-8) name; -1 for a name the model does not document.</summary>
        internal int Find(global::System.ReadOnlySpan<byte> name)
        {
            int slot = Hash(name) & _mask;
            while (true)
            {
                int entry = _slots[slot];
                if (entry == 0)
                {
                    return -1;
                }

                if (global::System.MemoryExtensions.SequenceEqual(name, _names[entry - 1]))
                {
                    return entry - 1;
                }

                slot = (slot + 1) & _mask;
            }
        }

        /// <summary>
        /// The length and the first and last eight bytes (overlapping in a shorter name; every byte below eight) tell
        /// nearly all property names apart; names alike there still match only when equal, a slot further on.
        /// </summary>
        private static int Hash(global::System.ReadOnlySpan<byte> name)
        {
            ulong hash = (ulong)name.Length * 0x9E3779B97F4A7C15UL;
            if (name.Length >= 8)
            {
                hash ^= global::System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(name);
                hash *= 0x9E3779B97F4A7C15UL;
                hash ^= global::System.Runtime.InteropServices.MemoryMarshal.Read<ulong>(name.Slice(name.Length - 8));
            }
            else
            {
                foreach (byte b in name)
                {
                    hash = (hash << 8) | b;
                }
            }

            hash *= 0x9E3779B97F4A7C15UL;
            return (int)(hash >> 32);
        }
    }
}
