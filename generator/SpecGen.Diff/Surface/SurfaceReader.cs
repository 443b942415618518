using Microsoft.CodeAnalysis;
using ApiSpec = SpecGen.SourceGenerator.Model.ApiSpec;

namespace SpecGen.Diff.Surface;

/// <summary>
/// Reads the public API of a compiled SDK from its declared symbols, and ties each type and member to the spec
/// element it was generated from (the parsed <see cref="ApiSpec"/> knows which schema or operation made which name).
/// </summary>
internal static class SurfaceReader
{
    /// <summary>Types as callers write them: <c>Task&lt;User?&gt;</c>, <c>IReadOnlyList&lt;string&gt;</c>, <c>long?</c>.</summary>
    private static readonly SymbolDisplayFormat TypeFormat = new(
        typeQualificationStyle: SymbolDisplayTypeQualificationStyle.NameAndContainingTypes,
        genericsOptions: SymbolDisplayGenericsOptions.IncludeTypeParameters,
        miscellaneousOptions: SymbolDisplayMiscellaneousOptions.UseSpecialTypes
            | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier
            | SymbolDisplayMiscellaneousOptions.EscapeKeywordIdentifiers);

    private static readonly SymbolDisplayFormat PlainFormat = TypeFormat.RemoveMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

    /// <param name="skipped">Types that stand in for unchanged ones: not part of the surface read.</param>
    public static SurfaceModel Read(Compilation compilation, ApiSpec api, IReadOnlySet<string> skipped, CancellationToken cancellationToken)
    {
        var origins = SpecOrigins.Of(api);
        var ns = FindNamespace(compilation.Assembly.GlobalNamespace, api.Names.Namespace);
        var types = new SortedDictionary<string, SurfaceType>(StringComparer.Ordinal);
        if (ns is not null)
        {
            foreach (var type in ns.GetTypeMembers().Where(t => !skipped.Contains(t.Name)))
            {
                Collect(type, origins, types, cancellationToken);
            }
        }

        return new SurfaceModel(api.Names.Namespace, types);
    }

    private static INamespaceSymbol? FindNamespace(INamespaceSymbol global, string name)
    {
        var current = global;
        foreach (var part in name.Split('.'))
        {
            current = current.GetNamespaceMembers().FirstOrDefault(n => n.Name == part);
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }

    private static void Collect(INamedTypeSymbol type, SpecOrigins origins, IDictionary<string, SurfaceType> types, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (type.DeclaredAccessibility != Accessibility.Public)
        {
            return;
        }

        var name = TypeName(type);
        var members = new List<SurfaceMember>();
        foreach (var member in type.GetMembers())
        {
            if (member.IsImplicitlyDeclared && member is not IMethodSymbol { MethodKind: MethodKind.Constructor })
            {
                continue;
            }

            if (member.DeclaredAccessibility is not (Accessibility.Public or Accessibility.Protected or Accessibility.ProtectedOrInternal))
            {
                continue;
            }

            if (Read(member, name, origins) is { } read)
            {
                members.Add(read);
            }
        }

        types[name] = new SurfaceType(name, KindOf(type), members, origins.TypeSpec(name));
        foreach (var nested in type.GetTypeMembers())
        {
            Collect(nested, origins, types, cancellationToken);
        }
    }

    private static SurfaceMember? Read(ISymbol member, string typeName, SpecOrigins origins)
    {
        var spec = origins.MemberSpec(typeName, member.Name);
        return member switch
        {
            IMethodSymbol { MethodKind: MethodKind.Constructor } ctor => new SurfaceMember(
                SurfaceMemberKind.Constructor, ".ctor", "void", "void", Parameters(ctor.Parameters), ctor.IsStatic, false, false, spec),
            IMethodSymbol { MethodKind: MethodKind.Ordinary or MethodKind.UserDefinedOperator or MethodKind.Conversion } method => new SurfaceMember(
                SurfaceMemberKind.Method, method.Name, Display(method.ReturnType, method.ReturnNullableAnnotation), Plain(method.ReturnType), Parameters(method.Parameters), method.IsStatic, false, false, spec),
            IPropertySymbol property => new SurfaceMember(
                SurfaceMemberKind.Property, property.IsIndexer ? "this[]" : property.Name, Display(property.Type, property.NullableAnnotation), Plain(property.Type), Parameters(property.Parameters),
                property.IsStatic, property.IsRequired, property.SetMethod is { DeclaredAccessibility: Accessibility.Public }, spec),
            IFieldSymbol field => new SurfaceMember(
                SurfaceMemberKind.Field, field.Name, Display(field.Type, field.NullableAnnotation), Plain(field.Type), [], field.IsStatic, field.IsRequired, !field.IsReadOnly && !field.IsConst, spec),
            IEventSymbol @event => new SurfaceMember(
                SurfaceMemberKind.Event, @event.Name, Display(@event.Type, @event.NullableAnnotation), Plain(@event.Type), [], @event.IsStatic, false, false, spec),
            _ => null,
        };
    }

    private static SurfaceParameter[] Parameters(IEnumerable<IParameterSymbol> parameters) =>
        [.. parameters.Select(p => new SurfaceParameter(p.Name, Display(p.Type, p.NullableAnnotation), Plain(p.Type), p.IsOptional || p.IsParams, RefKindOf(p)))];

    private static string RefKindOf(IParameterSymbol parameter) =>
        parameter.IsParams ? "params" : parameter.RefKind switch
        {
            RefKind.Ref => "ref",
            RefKind.Out => "out",
            RefKind.In or RefKind.RefReadOnlyParameter => "in",
            _ => string.Empty,
        };

    private static string Display(ITypeSymbol type, NullableAnnotation annotation) =>
        type.WithNullableAnnotation(annotation).ToDisplayString(TypeFormat);

    private static string Plain(ITypeSymbol type) => type.ToDisplayString(PlainFormat);

    /// <summary>The name relative to the namespace: <c>User</c>, <c>User.SpecGenConverter</c>, <c>Page`1</c>.</summary>
    private static string TypeName(INamedTypeSymbol type)
    {
        var own = type.Arity == 0 ? type.Name : $"{type.Name}`{type.Arity}";
        return type.ContainingType is { } outer ? $"{TypeName(outer)}.{own}" : own;
    }

    private static string KindOf(INamedTypeSymbol type) => type switch
    {
        { IsRecord: true, TypeKind: TypeKind.Struct } => "record struct",
        { IsRecord: true } => "record",
        { TypeKind: TypeKind.Interface } => "interface",
        { TypeKind: TypeKind.Struct } => "struct",
        { TypeKind: TypeKind.Enum } => "enum",
        { TypeKind: TypeKind.Delegate } => "delegate",
        { IsStatic: true } => "static class",
        _ => "class",
    };
}
