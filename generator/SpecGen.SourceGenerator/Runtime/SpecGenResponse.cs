namespace SpecGen.Runtime.Template;

/// <summary>A buffered HTTP response, and how problems found while reading it are handled.</summary>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
internal readonly struct SpecGenResponse
{
    public SpecGenResponse(string operationId, global::System.Net.HttpStatusCode statusCode, byte[] body, SpecGenReading reading)
    {
        OperationId = operationId;
        StatusCode = statusCode;
        Body = body;
        Reading = reading;
    }

    public string OperationId { get; }

    public global::System.Net.HttpStatusCode StatusCode { get; }

    public byte[] Body { get; }

    public SpecGenReading Reading { get; }
}

/// <summary>The client's settings for reading responses.</summary>
/// <param name="MaxErrorBodyLength">How much of the body an exception keeps.</param>
/// <param name="Strict">Throw on a value that is not of the documented type.</param>
/// <param name="Report">Told each such value when not strict.</param>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
internal readonly record struct SpecGenReading(int MaxErrorBodyLength, bool Strict, global::System.Action<JsonReadProblem>? Report);
