namespace SpecGen.Core.Tests;

/// <summary>
/// Tests that measure allocation, and the fuzz test that churns the converter's type cache, run
/// one after another: a cache refilled by another test mid-measurement changes what is allocated.
/// </summary>
[CollectionDefinition(Name)]
public sealed class AllocationSensitive
{
    public const string Name = "Allocation-sensitive";
}
