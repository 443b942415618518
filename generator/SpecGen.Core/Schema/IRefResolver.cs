using SpecGen.Core.Model;

namespace SpecGen.Core.Schema;

/// <summary>Finds the component schema a <see cref="RefType"/> points to.</summary>
internal interface IRefResolver
{
    SpecSchema? Resolve(RefType reference);
}
