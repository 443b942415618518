using System.Text;
using SpecGen.Core.Settings;

namespace SpecGen.Cli.Fetching;

/// <summary>How one API's fetch ended.</summary>
/// <param name="Changed">Whether <c>source.md</c> was written (false: it already held what the source gives).</param>
/// <param name="Bytes">The length of <c>source.md</c>.</param>
internal sealed record FetchOutcome(bool Changed, long Bytes);

/// <summary>
/// Fetches one API's <c>source</c> into <c>source.md</c> and <c>source.lock.json</c> in its folder. Everything is
/// downloaded and checked before anything is written; then each file is written atomically, only when it changed.
/// A failure (a <see cref="FetchException"/>) leaves both files as they were.
/// </summary>
internal sealed class SourceFetcher(DocFetcher fetcher, FetchLimits limits, TextWriter stderr)
{
    public async Task<FetchOutcome> FetchAsync(string folder, SourceSettings source, CancellationToken cancellationToken)
    {
        var docPath = Path.Combine(folder, Commands.GenerateCommand.SourceName);
        var lockPath = Path.Combine(folder, SourceLock.FileName);
        var kind = source.ParsedKind;
        var url = source.Url!;
        var committed = File.Exists(docPath) ? File.ReadAllBytes(docPath) : null;

        // The previous validators count only while source.md is what they describe (not edited, not deleted).
        var previous = SourceLock.Read(lockPath, stderr) is { } found && found.Kind == Name(kind) && found.Url == url
            && committed is not null && found.Sha256 == SourceLock.Hash(committed) ? found : null;

        var (doc, entries) = kind switch
        {
            SourceKind.Markdown => await MarkdownAsync(new Uri(url), previous, cancellationToken).ConfigureAwait(false),
            SourceKind.Apifox => await ApifoxAsync(new Uri(url), previous, cancellationToken).ConfigureAwait(false),
            _ => Local(Path.Combine(folder, url), url),
        };
        if (doc is null)
        {
            return new FetchOutcome(false, committed!.Length);
        }

        if (doc.Length > limits.MaxBytes)
        {
            throw new FetchException($"{url}: the assembled doc is {doc.Length} bytes, over the limit of {limits.MaxBytes} bytes (--max-bytes)");
        }

        var changed = AtomicFile.WriteIfChanged(docPath, doc);
        AtomicFile.WriteIfChanged(lockPath, new SourceLock(Name(kind), url, doc.Length, SourceLock.Hash(doc), entries).ToUtf8Json());
        return new FetchOutcome(changed, doc.Length);
    }

    private static string Name(SourceKind kind) => kind.ToString().ToLowerInvariant();

    /// <summary>One markdown file; a null doc when it is unchanged (304).</summary>
    private async Task<(byte[]? Doc, IReadOnlyList<LockEntry> Entries)> MarkdownAsync(Uri url, SourceLock? previous, CancellationToken cancellationToken)
    {
        var download = await fetcher.GetAsync(url, previous?.Entry(url), cancellationToken).ConfigureAwait(false);
        return download.NotModified ? (null, previous!.Entries) : (download.Bytes, new[] { download.ToEntry() });
    }

    /// <summary>
    /// The index, then every page in index order (conditionally); a null doc when all of them are unchanged (304).
    /// An unchanged index reuses the page list of the lock (whose entries follow the index). Once anything changed,
    /// the unchanged pages are fetched again in full, since source.md is rebuilt from all of them.
    /// </summary>
    private async Task<(byte[]? Doc, IReadOnlyList<LockEntry> Entries)> ApifoxAsync(Uri siteUrl, SourceLock? previous, CancellationToken cancellationToken)
    {
        var indexUrl = ApifoxIndex.IndexUrl(siteUrl);
        var index = await fetcher.GetAsync(indexUrl, previous?.Entry(indexUrl), cancellationToken).ConfigureAwait(false);
        var pages = index.NotModified
            ? previous!.Entries.Skip(1).Select(e => new Uri(e.Url)).ToList()
            : ApifoxIndex.Pages(Encoding.UTF8.GetString(index.Bytes!), indexUrl);
        var downloads = new List<Download>();
        foreach (var page in pages)
        {
            downloads.Add(await fetcher.GetAsync(page, previous?.Entry(page), cancellationToken).ConfigureAwait(false));
        }

        if (index.NotModified && downloads.All(d => d.NotModified))
        {
            return (null, previous!.Entries);
        }

        for (var i = 0; i < downloads.Count; i++)
        {
            if (downloads[i].NotModified)
            {
                downloads[i] = await fetcher.GetAsync(downloads[i].Url, null, cancellationToken).ConfigureAwait(false);
            }
        }

        var indexEntry = index.NotModified ? previous!.Entry(indexUrl)! : index.ToEntry();
        var doc = ApifoxDocument.Assemble(downloads.Select(d => (d.Url, d.Bytes!)));
        return (doc, downloads.Select(d => d.ToEntry()).Prepend(indexEntry).ToList());
    }

    /// <summary>A local file (relative to the API folder, where specgen.json is).</summary>
    private (byte[]? Doc, IReadOnlyList<LockEntry> Entries) Local(string path, string url)
    {
        if (!File.Exists(path))
        {
            throw new FetchException($"{path}: file not found");
        }

        if (new FileInfo(path).Length > limits.MaxBytes)
        {
            throw new FetchException($"{path}: the file is {new FileInfo(path).Length} bytes, over the limit of {limits.MaxBytes} bytes (--max-bytes)");
        }

        var bytes = File.ReadAllBytes(path);
        return (bytes, new[] { new LockEntry(url, null, null, bytes.Length, SourceLock.Hash(bytes)) });
    }
}
