using SpecGen.Core.Diagnostics;

namespace SpecGen.Core.Tests.Hostile;

/// <summary>
/// Issue 10: conversion is linear. Allocation is deterministic where time is not, so the guard is
/// the bytes allocated per operation: converting 8N operations may allocate at most 2× per
/// operation what N operations do (quadratic work, such as the old duplicate merge, gives ~8×).
/// </summary>
[Collection(AllocationSensitive.Name)]
public sealed class ScalingTests
{
    private const int N = 200;
    private const double Budget = 2.0;

    public static TheoryData<string> Shapes() => new() { "napcat", "widdershins", "widdershins-same-path", "table-export", "heading-heavy", "heading-lines" };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Allocation_per_operation_stays_flat_from_N_to_8N_operations(string shape)
    {
        Convert(shape, N);

        var small = PerOperation(shape, N);
        var large = PerOperation(shape, 8 * N);

        Assert.True(large <= Budget * small, $"{shape}: {large:N0} bytes per operation at {8 * N} operations, {small:N0} at {N} (budget {Budget}×)");
    }

    private static double PerOperation(string shape, int operations)
    {
        var text = Doc(shape, operations);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var result = SpecConverter.Convert(text, "scale.md");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal(shape is "widdershins-same-path" or "heading-lines" ? 1 : operations, result.OperationCount);
        return (double)allocated / operations;
    }

    private static void Convert(string shape, int operations) => SpecConverter.Convert(Doc(shape, operations), "scale.md");

    internal static string Doc(string shape, int operations) => HostileDocs.Scaling(shape, operations);
}
