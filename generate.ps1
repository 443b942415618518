# docs -> specs -> SDK build -> NuGet packages in artifacts/packages (PowerShell twin of generate.sh).
#   ./generate.ps1              regenerate every specs/<api>/openapi.json, build and pack
#   ./generate.ps1 -Api NAME    only one API (its spec and its SDK package)
#   ./generate.ps1 -Check       write nothing; fail (and print the diff) when a committed spec is stale
#   ./generate.ps1 -Fetch       first `specgen fetch`: download each API's vendor doc (its "source" in specgen.json)
# Packages: one SDK per src/<Api>/ (version from `specgen version`), SpecGen.SourceGenerator and SpecGen.Cli
# (version in generator/Directory.Build.props). A released SDK is a git tag <api>/v<X.Y.Z>: the next version
# is that one raised by the bump `specgen diff` suggests (at least patch when the generator changed since).
[CmdletBinding()]
param(
    [switch]$Check,
    [switch]$Fetch,
    [string]$Api = ""
)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"
$env:DOTNET_NOLOGO = "1"
$env:DOTNET_SKIP_FIRST_TIME_EXPERIENCE = "1"

function Invoke-Step([string]$File, [string[]]$Arguments) {
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

# Packages are release artifacts: source paths in PDBs are mapped to /_/ and the build is deterministic.
$buildProps = @("-c", "Release", "-v", "quiet", "-nologo", "-clp:NoSummary", "-p:ContinuousIntegrationBuild=true")
$specgen = "generator/SpecGen.Cli/bin/Release/net10.0/specgen.dll"

$specgenArgs = @("generate", "--specs", "specs")
$fetchArgs = @("fetch", "--specs", "specs")
if ($Api) { $specgenArgs += @("--api", $Api); $fetchArgs += @("--api", $Api) }
if ($Check) { $specgenArgs += "--check" }

Write-Host "==> [1/3] docs -> specs"
Invoke-Step "dotnet" (@("build", "generator/SpecGen.Cli") + $buildProps) | Out-Null
if ($Fetch) { Invoke-Step "dotnet" (@($specgen) + $fetchArgs) }
Invoke-Step "dotnet" (@($specgen) + $specgenArgs)
if ($Check) { exit 0 }

# SDK projects (src/*/*.csproj) with the API whose spec each one is generated from.
$sdks = @()
foreach ($project in Get-ChildItem src -Directory | ForEach-Object { Get-ChildItem $_.FullName -Filter *.csproj } | Sort-Object FullName) {
    $match = [regex]::Match((Get-Content $project.FullName -Raw), 'specs/([^/"]+)/openapi\.json')
    if (-not $match.Success) { continue }
    $specApi = $match.Groups[1].Value
    if (-not $Api -or $specApi -eq $Api) { $sdks += [pscustomobject]@{ Project = $project.FullName; Api = $specApi; Version = "" } }
}
if ($Api -and $sdks.Count -eq 0) { Write-Error "generate.ps1: no SDK project under src/ uses specs/$Api/openapi.json"; exit 1 }

# The package version of the SDK generated from specs/<name>/openapi.json (reasoning on stderr): in a git work
# tree `specgen version --api` (against the last release tag, the rule `specgen release` applies), else info.version.
function Get-SdkVersion([string]$Name) {
    # git and specgen report on stderr; that is not a failure (their exit codes are checked).
    $ErrorActionPreference = "Continue"
    $versionArgs = @("version", "specs/$Name/openapi.json")
    $git = Get-Command git -ErrorAction SilentlyContinue
    if ($git) {
        & git rev-parse --is-inside-work-tree *> $null
        if ($LASTEXITCODE -eq 0) { $versionArgs = @("version", "--api", $Name, "--repo", ".") }
    }
    $version = & dotnet $specgen @versionArgs
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
    return ($version | Select-Object -Last 1).Trim()
}

Write-Host "==> [2/3] build"
foreach ($sdk in $sdks) { $sdk.Version = Get-SdkVersion $sdk.Api }
# The generator and the tool are packed with a full build only (no -Api): they don't depend on one API.
$tools = @()
if (-not $Api) { $tools = @("generator/SpecGen.SourceGenerator/SpecGen.SourceGenerator.csproj", "generator/SpecGen.Cli/SpecGen.Cli.csproj") }
foreach ($p in $tools) { Invoke-Step "dotnet" (@("build", $p) + $buildProps) }
foreach ($sdk in $sdks) {
    Write-Host "    $($sdk.Project) -> $($sdk.Version)"
    Invoke-Step "dotnet" (@("build", $sdk.Project) + $buildProps + @("-p:Version=$($sdk.Version)"))
}

Write-Host "==> [3/3] pack into artifacts/packages"
New-Item -ItemType Directory -Force artifacts/packages | Out-Null
# One version per package in the folder: older versions of what is packed now are removed (idempotent).
function Invoke-Pack([string]$Project, [string[]]$Extra) {
    $id = [System.IO.Path]::GetFileNameWithoutExtension($Project)
    # SpecGen.Cli is packed per runtime too: SpecGen.Cli.<rid> (ReadyToRun) and SpecGen.Cli.any (portable).
    Get-ChildItem artifacts/packages -File | Where-Object { $_.Name -match ('^' + [regex]::Escape($id) + '(\.[a-z]+(-[a-z0-9]+)?)?\.[0-9].*\.s?nupkg$') } | Remove-Item -Force
    Invoke-Step "dotnet" (@("pack", $Project) + $buildProps + @("-o", "artifacts/packages") + $Extra)
}
# The tool's runtime-specific packages are published by pack itself, so it builds; the others were built above.
foreach ($p in $tools) {
    if ([System.IO.Path]::GetFileName($p) -eq "SpecGen.Cli.csproj") { Invoke-Pack $p @() } else { Invoke-Pack $p @("--no-build") }
}
foreach ($sdk in $sdks) { Invoke-Pack $sdk.Project @("--no-build", "-p:Version=$($sdk.Version)") }
Get-ChildItem artifacts/packages -File | Where-Object { $_.Extension -in ".nupkg", ".snupkg" } | Sort-Object Name | ForEach-Object { Write-Host "    artifacts/packages/$($_.Name)" }
