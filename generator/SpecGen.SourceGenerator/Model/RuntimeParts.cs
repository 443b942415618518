using System;

namespace SpecGen.SourceGenerator.Model;

/// <summary>
/// The optional pieces of the runtime (Runtime/*.cs, see <see cref="Emitting.Templates.RuntimeTemplate"/>): each is emitted only
/// when the API uses it, so an SDK carries no helper it never calls. Everything else (the base exceptions, the
/// response capture, the JSON and HTTP core the client and every model call) is always emitted.
/// </summary>
[Flags]
internal enum RuntimeParts
{
    None = 0,

    /// <summary><c>FileUpload</c> and its multipart content: some type is <see cref="TypeKind.File"/>.</summary>
    FileUploads = 1,

    /// <summary>The <c>NumberOrString</c> struct and its JSON read/write: some type is <see cref="TypeKind.NumberOrString"/>.</summary>
    NumberOrString = 2,

    /// <summary>The business exceptions, reading and checking envelopes, code and message as text: some operation has an envelope.</summary>
    Envelopes = 4,

    /// <summary>JSON list read/write: some type is an <see cref="TypeKind.Array"/>.</summary>
    Lists = 8,

    /// <summary>JSON map read/write: some type is a <see cref="TypeKind.Map"/>.</summary>
    Maps = 16,

    /// <summary>Reading a body the spec does not describe: some operation's response is <see cref="ResponseKind.Undocumented"/>.</summary>
    UndocumentedResponses = 32,
}

/// <summary>Decides from the model which <see cref="RuntimeParts"/> an API uses: the one place for these rules.</summary>
internal static class RuntimeUsage
{
    /// <summary>
    /// Every type of the API is looked at (parameters, bodies, form fields, responses, envelopes, model properties), not
    /// only those that reach JSON: a part emitted but not called costs a few lines, a part called but missing breaks the build.
    /// </summary>
    public static RuntimeParts Of(ApiSpec api)
    {
        RuntimeParts parts = RuntimeParts.None;
        foreach (OperationSpec operation in api.Operations)
        {
            foreach (ParameterSpec parameter in operation.Parameters)
            {
                parts |= Of(parameter.Type);
            }

            if (operation.Body is { } body)
            {
                parts |= Of(body.Type);
                foreach (PropertySpec field in body.FormFields)
                {
                    parts |= Of(field.Type);
                }
            }

            ResponseSpec response = operation.Response;
            if (response.Kind == ResponseKind.Undocumented)
            {
                parts |= RuntimeParts.UndocumentedResponses;
            }

            if (response.Type is { } type)
            {
                parts |= Of(type);
            }

            if (response.Envelope is { } envelope)
            {
                parts |= RuntimeParts.Envelopes | Of(envelope.CodeType);
                if (envelope.MessageType is { } messageType)
                {
                    parts |= Of(messageType);
                }

                if (envelope.DataType is { } dataType)
                {
                    parts |= Of(dataType);
                }
            }
        }

        foreach (ModelSpec model in api.Models)
        {
            foreach (PropertySpec property in model.Properties)
            {
                parts |= Of(property.Type);
            }

            // A choice reads and writes each branch (a list branch calls the list helpers).
            foreach (VariantSpec variant in model.Variants)
            {
                parts |= Of(variant.Type);
            }
        }

        return parts;
    }

    private static RuntimeParts Of(TypeRef type)
    {
        RuntimeParts own = type.Kind switch
        {
            TypeKind.File => RuntimeParts.FileUploads,
            TypeKind.NumberOrString => RuntimeParts.NumberOrString,
            TypeKind.Array => RuntimeParts.Lists,
            TypeKind.Map => RuntimeParts.Maps,
            _ => RuntimeParts.None,
        };
        return type.Element is { } element ? own | Of(element) : own;
    }
}
