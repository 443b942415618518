namespace SpecGen.Runtime.Template;

/// <summary>A documented JSON member whose value did not have the documented type; the value is kept in the model's <c>UnreadValues</c>.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class JsonReadProblem
{
    internal JsonReadProblem(string type, string member, string rawJson)
    {
        Type = type;
        Member = member;
        RawJson = rawJson;
    }

    /// <summary>The C# model that has the member.</summary>
    public string Type { get; }

    /// <summary>The member's JSON name.</summary>
    public string Member { get; }

    /// <summary>The value as received.</summary>
    public string RawJson { get; }

    /// <summary>The operation whose response held the value, once reported by the client.</summary>
    public string? OperationId { get; internal set; }

    /// <summary>Describes the problem (values are cut to 100 characters).</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString()
        => Type + "." + Member + " is not of the documented type: " + (RawJson.Length > 100 ? RawJson.Substring(0, 100) + "…" : RawJson)
            + (OperationId is null ? string.Empty : " (in the response of " + OperationId + ")");
}
