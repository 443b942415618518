namespace SpecGen.Diff;

/// <summary>Where a schema sits in an operation; oasdiff names schema rules by it (<c>request-parameter-…</c>, <c>request-body-…</c>, <c>request-property-…</c>).</summary>
public enum SchemaScope
{
    /// <summary>A parameter's schema (and its array items).</summary>
    Parameter,

    /// <summary>The root schema of a request or response body.</summary>
    Body,

    /// <summary>Anything below a body's root: properties, array items, map values, oneOf/anyOf branches.</summary>
    Property,
}
