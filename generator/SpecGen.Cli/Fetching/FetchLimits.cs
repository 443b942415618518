namespace SpecGen.Cli.Fetching;

/// <summary>The bounds of one <c>specgen fetch</c> run (its options).</summary>
/// <param name="Timeout">How long one attempt (headers and body) may take.</param>
/// <param name="Retries">How many times a transient failure (5xx, 408, 429, a network error, a timeout) is retried.</param>
/// <param name="RetryDelay">The first backoff delay; it doubles with each retry.</param>
/// <param name="MaxBytes">The largest body accepted, and the largest assembled doc.</param>
internal sealed record FetchLimits(TimeSpan Timeout, int Retries, TimeSpan RetryDelay, long MaxBytes)
{
    public const long DefaultMaxBytes = 20 * 1024 * 1024;
}
