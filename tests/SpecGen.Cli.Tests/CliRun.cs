namespace SpecGen.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it printed.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr)
{
    public static CliRun Of(params string[] args)
    {
        var stdout = new StringWriter { NewLine = "\n" };
        var stderr = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, stdout, stderr);
        return new CliRun(code, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>A temporary folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "specgen-cli-" + Guid.NewGuid().ToString("N"));

    public string File(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

internal static class Docs
{
    public const string Valid = """
        # 示例接口

        ## Version: 2.1.0

        ### /users/{uid}

        #### GET
        ##### Summary

        用户详情

        ##### Parameters

        | Name | Located in | Description | Required | Schema |
        | ---- | ---------- | ----------- | -------- | ---- |
        | uid | path | 用户ID | Yes | string |

        ##### Responses

        | Code | Description | Schema |
        | ---- | ----------- | ------ |
        | 200 | 成功 | object |
        """;
}
