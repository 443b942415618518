namespace SpecGen.Diff;

/// <summary>Which way the changed data flows. Decides whether a schema change is breaking (as in oasdiff).</summary>
public enum Direction
{
    /// <summary>Not tied to a payload (an operation, a document's info, security).</summary>
    None,

    /// <summary>Sent by the client: parameters and request bodies.</summary>
    Request,

    /// <summary>Received by the client: response bodies.</summary>
    Response,
}
