using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Threading;
using SpecGen.SourceGenerator.Emitting.Templates;
using SpecGen.SourceGenerator.Model;

namespace SpecGen.SourceGenerator.Emitting;

/// <summary>Splits a parsed API into source units and turns each unit into C# text.</summary>
internal static class Emitter
{
    public const string GeneratedCodeAttribute = "[global::System.CodeDom.Compiler.GeneratedCode(\"SpecGen\", \"1.0\")]";

    /// <summary>
    /// One unit per file; each carries only what its file needs, so an edit regenerates only affected
    /// files. A spec whose namespace an earlier spec claims generates nothing (it is reported, see
    /// <see cref="SpecGenGenerator"/>): its types would clash with the first one's.
    /// </summary>
    public static EquatableArray<SourceUnit> Split(ParseResult result, EquatableArray<NamespaceClaim> claims)
    {
        if (result.Api is not { } api || !OwnsNamespace(result.FilePath, api.Names.Namespace, claims))
        {
            return EquatableArray<SourceUnit>.Empty;
        }

        var hints = new HashSet<string>(StringComparer.OrdinalIgnoreCase);

        ApiNames names = api.Names;
        string prefix = HintSafe(names.Namespace) + "." + HintSafe(names.ClientName);
        var units = new List<SourceUnit>
        {
            new(SourceUnitKind.Runtime, prefix + ".Runtime.g.cs", names, api with
            {
                Description = null, DefaultServer = null, EnvelopeCodeWireName = null, EnvelopeMessageWireName = null,
                SecuritySchemes = default, DefaultHeaders = default, Operations = default, Models = default, Enums = default,
            }, null, null, RuntimeUsage.Of(api)),
            new(SourceUnitKind.Options, prefix + ".Options.g.cs", names, api with
            {
                Description = null, Version = null, Title = string.Empty, EnvelopeCodeWireName = null, EnvelopeMessageWireName = null,
                Operations = default, Models = default, Enums = default,
            }, null, null),
            new(SourceUnitKind.Client, prefix + ".Client.g.cs", names, api with { Models = default, Enums = default }, null, null),
        };
        foreach (SourceUnit unit in units)
        {
            hints.Add(unit.HintName);
        }

        var byName = new Dictionary<string, ModelSpec>(StringComparer.Ordinal);
        foreach (ModelSpec model in api.Models)
        {
            byName[model.Name] = model;
        }

        HashSet<string> inRequests = RequestModels(api, byName);

        foreach (ModelSpec model in api.Models)
        {
            ModelSpec unitModel = inRequests.Contains(model.Name) ? model with { InRequest = true } : model;
            if (model.BaseType is not null)
            {
                unitModel = unitModel with { Factory = Factories.For(model, byName) };
            }

            units.Add(new SourceUnit(SourceUnitKind.Model, UniqueHint(hints, prefix + ".Models." + HintSafe(model.Name)), names, null, unitModel, null));
        }

        var converters = new List<ConverterSpec>();
        foreach (ModelSpec model in api.Models)
        {
            if (!model.IsForm)
            {
                converters.Add(new ConverterSpec(model.Name, false, model.Shape == ModelShape.Choice ? ConvertersEmitter.ChoiceMessage : ConvertersEmitter.ObjectMessage));
            }
        }

        foreach (EnumSpec spec in api.Enums)
        {
            units.Add(new SourceUnit(SourceUnitKind.Enum, UniqueHint(hints, prefix + ".Models." + HintSafe(spec.Name)), names, null, null, spec));
            converters.Add(new ConverterSpec(spec.Name, true, ConvertersEmitter.StringMessage));
        }

        if (converters.Count > 0)
        {
            units.Add(new SourceUnit(SourceUnitKind.Converters, UniqueHint(hints, prefix + ".Converters"), names, null, null, null, Converters: converters.ToEquatableArray()));
        }

        return units.ToEquatableArray();
    }

    /// <summary>
    /// The models a caller builds to send: request bodies and every model reachable from them. Their required
    /// properties become C# <c>required</c> (a model also read from responses too: building it for a request is
    /// what the compiler can check; reading uses a constructor that sets required members).
    /// </summary>
    private static HashSet<string> RequestModels(ApiSpec api, Dictionary<string, ModelSpec> byName)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<TypeRef>();
        foreach (OperationSpec operation in api.Operations)
        {
            if (operation.Body is { } body)
            {
                pending.Push(body.Type);
            }
        }

        while (pending.Count > 0)
        {
            TypeRef type = pending.Pop();
            if (type.Element is { } element)
            {
                pending.Push(element);
            }
            else if (type.Kind == TypeKind.Model && found.Add(type.Name!) && byName.TryGetValue(type.Name!, out ModelSpec? model))
            {
                foreach (PropertySpec property in model.Properties)
                {
                    pending.Push(property.Type);
                }

                foreach (VariantSpec variant in model.Variants)
                {
                    pending.Push(variant.Type);
                }
            }
        }

        return found;
    }

    /// <summary>Whether this spec is the first (in AdditionalFiles order) to claim its namespace.</summary>
    private static bool OwnsNamespace(string filePath, string ns, EquatableArray<NamespaceClaim> claims)
    {
        foreach (NamespaceClaim claim in claims)
        {
            if (string.Equals(claim.Namespace, ns, StringComparison.Ordinal))
            {
                return string.Equals(claim.FilePath, filePath, StringComparison.Ordinal);
            }
        }

        return true;
    }

    /// <summary>
    /// Hint names must differ ignoring case (Roslyn compares them so, for case-insensitive file
    /// systems): models <c>Foo</c> and <c>foo</c> get <c>…Models.Foo.g.cs</c> and <c>…Models.foo_2.g.cs</c>.
    /// </summary>
    private static string UniqueHint(HashSet<string> used, string stem)
    {
        string hint = stem + ".g.cs";
        for (int i = 2; !used.Add(hint); i++)
        {
            hint = stem + "_" + i.ToString(CultureInfo.InvariantCulture) + ".g.cs";
        }

        return hint;
    }

    /// <param name="publicApiOnly">
    /// For specgen diff, which reads only the public API of the code: models leave out their internal JSON reader
    /// and writer (most of their text), so the diff's compiler has less to parse. Never for a build.
    /// </param>
    public static GeneratedSource Emit(SourceUnit unit, DependencyInjectionSupport dependencyInjection, CancellationToken cancellationToken, bool publicApiOnly = false)
    {
        cancellationToken.ThrowIfCancellationRequested();
        string text = unit.Kind switch
        {
            SourceUnitKind.Runtime => EmitRuntime(unit.Api!, unit.RuntimeParts),
            SourceUnitKind.Options => OptionsEmitter.Emit(unit.Api!, dependencyInjection),
            SourceUnitKind.Client => ClientEmitter.Emit(unit.Api!, (dependencyInjection & DependencyInjectionSupport.Logging) != 0),
            SourceUnitKind.Model => ModelEmitter.Emit(unit.Names, unit.Model!, publicApiOnly),
            SourceUnitKind.Converters => ConvertersEmitter.Emit(unit.Names, unit.Converters),
            _ => EnumEmitter.Emit(unit.Names, unit.Enum!),
        };
        return new GeneratedSource(unit.HintName, text);
    }

    private static string EmitRuntime(ApiSpec api, RuntimeParts parts)
    {
        var w = new CodeWriter();
        w.Header();
        return w + RuntimeTemplate.Render(api.Names, api.Title, parts);
    }

    /// <summary>Hint names stay ASCII (non-ASCII letters as _uXXXX) so they are valid file names everywhere.</summary>
    private static string HintSafe(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c is '_' or '.')
            {
                sb.Append(c);
            }
            else
            {
                sb.Append("_u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
        }

        return sb.ToString();
    }
}
