using System.Text;
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

    public static TheoryData<string> Shapes() => new() { "widdershins", "widdershins-same-path", "table-export", "heading-heavy", "heading-lines" };

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

    internal static string Doc(string shape, int operations)
    {
        var text = new StringBuilder();
        text.Append(shape == "table-export" ? "# 服务端API文档\n\n" : "# 消息\n\n");
        for (var i = 0; i < operations; i++)
        {
            switch (shape)
            {
                case "table-export":
                    text.Append($"## 3.{i + 1}\t操作{i}\n\n> POST  /op{i}\n### 请求参数(Query Param)\n| 参数名称 | 默认值 | 描述 |\n| ------ | ------ | ------ |\n|value{i}||value|\n")
                        .Append("### 响应体\n● 200 响应数据格式：JSON\n| 参数名称 | 类型 | 默认值 | 不为空 | 描述 |\n| ------ | ------ | ------ | ------ | ------ |\n")
                        .Append("| code|int32||false|返回码|\n| data|boolean||false|结果|\n\n");
                    break;
                case "heading-lines":
                    // 2 MB of such lines took minutes: every heading documents POST /same again (the quadratic merge).
                    text.Append("# POST /same\n");
                    break;
                case "heading-heavy":
                    text.Append(string.Concat(Enumerable.Repeat("#\n## \n### x\n", 10)));
                    text.Append(HostileDocs.Operation($"/op{i}", $"|» f{i}|body|string| 否 |x|\n|» g|body|[string]| 是 |y|"));
                    break;
                default:
                    var path = shape == "widdershins-same-path" ? "/same" : $"/op{i}";
                    text.Append(HostileDocs.Operation(path, $"|» f{i % 50}|body|string| 否 |x|\n|» g|body|[string]| 是 |y|\n|»» h|body|integer| 否 |z|"));
                    break;
            }
        }

        return text.ToString();
    }
}
