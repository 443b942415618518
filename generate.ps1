# docs → specs → SDK build → NuGet packages in artifacts/packages/ (PowerShell twin of generate.sh).
#   ./generate.ps1              regenerate every specs/<api>/openapi.json, build and pack
#   ./generate.ps1 -Api NAME    only one API
#   ./generate.ps1 -Check       write nothing; fail (and print the diff) when a committed spec is stale
[CmdletBinding()]
param(
    [switch]$Check,
    [string]$Api = ""
)
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$env:DOTNET_CLI_TELEMETRY_OPTOUT = "1"
$env:DOTNET_NOLOGO = "1"

function Invoke-Step([string]$File, [string[]]$Arguments) {
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { exit $LASTEXITCODE }
}

$specgenArgs = @("generate", "--specs", "specs")
if ($Api) { $specgenArgs += @("--api", $Api) }
if ($Check) { $specgenArgs += "--check" }

Write-Host "==> [1/3] docs -> specs"
Invoke-Step "dotnet" @("build", "generator/SpecGen.Cli", "-c", "Release", "-v", "quiet", "-nologo")
Invoke-Step "dotnet" (@("generator/SpecGen.Cli/bin/Release/net10.0/specgen.dll") + $specgenArgs)
if ($Check) { exit 0 }

Write-Host "==> [2/3] build SDKs"
if ($Api) {
    $projects = @(Get-ChildItem src -Recurse -Filter *.csproj | Where-Object { (Get-Content $_.FullName -Raw) -match "specs/$Api/openapi.json" } | ForEach-Object { $_.FullName })
    if ($projects.Count -eq 0) { Write-Error "generate.ps1: no SDK project under src/ uses specs/$Api/openapi.json"; exit 1 }
} else {
    $projects = @("SpecGen.sln")
}
foreach ($p in $projects) { Invoke-Step "dotnet" @("build", $p, "-c", "Release", "-v", "quiet", "-nologo") }

Write-Host "==> [3/3] pack into artifacts/packages"
New-Item -ItemType Directory -Force artifacts/packages | Out-Null
foreach ($p in $projects) { Invoke-Step "dotnet" @("pack", $p, "-c", "Release", "--no-build", "-o", "artifacts/packages", "-v", "quiet", "-nologo") }
Get-ChildItem artifacts/packages -Filter *.nupkg | ForEach-Object { Write-Host "    $($_.Name)" }
