using NJsonSchema;

namespace SpecGen.Core.Schema;

/// <summary>Finds the component schema a <see cref="RefType"/> points to.</summary>
public interface IRefResolver
{
    JsonSchema? Resolve(RefType reference);
}
