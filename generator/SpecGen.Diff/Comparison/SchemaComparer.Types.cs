namespace SpecGen.Diff;

/// <summary>Rule family: type and format changes, judged by the C# types the generator maps both schemas to.</summary>
internal sealed partial class SchemaComparer
{
    /// <summary>
    /// Judges a type or format change by the C# types the generator maps both schemas to (the generator's own
    /// <see cref="SourceGenerator.Model.TypeMapping"/>). The same C# type: a format change is reported as such, a
    /// change of spelling only (an inferred object given <c>type: object</c>) not at all. A different C# type
    /// that callers' code still converts implicitly (request: old to new, as callers assign it; response: new to
    /// old, as callers read it) is a generalization; any other is breaking. Returns true when the C# type changed.
    /// </summary>
    private bool CompareType(SchemaFacts before, SchemaFacts after, string path)
    {
        var (oldLabel, newLabel) = (before.JsonLabel, after.JsonLabel);
        var unresolvedChanged = (before.UnresolvedReference is not null || after.UnresolvedReference is not null)
            && !string.Equals(before.TypeLabel, after.TypeLabel, StringComparison.Ordinal);
        if (before.Kind == after.Kind && !unresolvedChanged)
        {
            if (!string.Equals(before.Format, after.Format, StringComparison.Ordinal))
            {
                Report(Rules.FormatChanged, path,
                    $"format of {Subject(path)} changed from {before.Format ?? "(none)"} to {after.Format ?? "(none)"}; the C# type stays {CSharpTypes.Describe(after)}",
                    before.Format, after.Format);
            }

            return false;
        }

        var compatible = !unresolvedChanged && (IsRequest
            ? SourceGenerator.Model.TypeMapping.ConvertsImplicitly(before.Kind, after.Kind)
            : SourceGenerator.Model.TypeMapping.ConvertsImplicitly(after.Kind, before.Kind));
        var rule = !compatible ? Rules.TypeChanged : IsRequest ? Rules.RequestTypeGeneralized : Rules.ResponseTypeSpecialized;
        var (oldType, newType) = (CSharpTypes.Describe(before), CSharpTypes.Describe(after));
        if (string.Equals(oldLabel, newLabel, StringComparison.Ordinal))
        {
            Report(rule, path, $"C# type of {Subject(path)} changed from {oldType} to {newType}", oldType, newType);
        }
        else
        {
            var csharp = oldType == newType ? string.Empty : $" (C# {oldType} → {newType})";
            Report(rule, path, $"type of {Subject(path)} changed from {oldLabel} to {newLabel}{csharp}", oldLabel, newLabel);
        }

        return true;
    }
}
