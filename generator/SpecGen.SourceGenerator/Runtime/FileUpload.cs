namespace SpecGen.Runtime.Template;

/// <summary>A file sent as one part of a <c>multipart/form-data</c> request.</summary>
/// <remarks>The stream is read when the request is sent and disposed with the request.</remarks>
[global::System.CodeDom.Compiler.GeneratedCode("SpecGen", "1.0")]
public sealed class FileUpload
{
    /// <summary>Creates a file part from a stream.</summary>
    /// <param name="content">The file content.</param>
    /// <param name="fileName">The file name sent to the server.</param>
    /// <param name="contentType">The media type, e.g. <c>image/png</c>; <c>application/octet-stream</c> when null.</param>
    public FileUpload(global::System.IO.Stream content, string fileName, string? contentType = null)
    {
        global::System.ArgumentNullException.ThrowIfNull(content);
        global::System.ArgumentNullException.ThrowIfNull(fileName);
        Content = content;
        FileName = fileName;
        ContentType = contentType;
    }

    /// <summary>Creates a file part from bytes.</summary>
    /// <param name="content">The file content.</param>
    /// <param name="fileName">The file name sent to the server.</param>
    /// <param name="contentType">The media type; <c>application/octet-stream</c> when null.</param>
    /// <returns>The file part.</returns>
    public static FileUpload FromBytes(byte[] content, string fileName, string? contentType = null)
    {
        global::System.ArgumentNullException.ThrowIfNull(content);
        return new FileUpload(new global::System.IO.MemoryStream(content, writable: false), fileName, contentType);
    }

    /// <summary>The file content.</summary>
    public global::System.IO.Stream Content { get; }

    /// <summary>The file name sent to the server.</summary>
    public string FileName { get; }

    /// <summary>The media type of the part, or null for <c>application/octet-stream</c>.</summary>
    public string? ContentType { get; }

    /// <summary>Describes the file part (name and media type, never the content).</summary>
    /// <returns>A short description.</returns>
    public override string ToString() => "FileUpload { FileName = " + FileName + ", ContentType = " + (ContentType ?? "application/octet-stream") + " }";
}
