namespace SpecGen.Diff;

/// <summary>How a change affects existing clients. Declared from most to least severe; reports are ordered this way.</summary>
public enum ChangeClass
{
    /// <summary>Existing clients (or the generated SDK's public API) break.</summary>
    Breaking,

    /// <summary>Not breaking on the wire, but clients that cannot handle unknown values may break (e.g. a new response enum value).</summary>
    Warning,

    /// <summary>An addition or relaxation that existing clients tolerate.</summary>
    NonBreaking,

    /// <summary>Summaries, descriptions and other text only.</summary>
    Documentation,
}
