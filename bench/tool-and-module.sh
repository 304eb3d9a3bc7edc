# Sourced by the bench scripts: builds the tasker tool (Release) and a task module next to it, under a work folder
# (the repository's obj/ and bin/ are left alone). Run from the repository root.
#
#   build_tool WORK               sets $tool to Tasker.Cli.dll
#   build_module WORK NAME FILE   builds the module NAME from the C# file FILE; sets $assembly to NAME.dll

build_tool() {
  dotnet build src/Tasker.Cli/Tasker.Cli.csproj -c Release -nr:false -p:TaskerBuildRoot="$1/build" >/dev/null
  tool="$1/build/Tasker.Cli/bin/Release/net10.0/Tasker.Cli.dll"
}

build_module() {
  mkdir -p "$1/$2"
  cat >"$1/$2/$2.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable><ImplicitUsings>enable</ImplicitUsings></PropertyGroup>
  <ItemGroup><ProjectReference Include="$PWD/src/Tasker/Tasker.csproj" /></ItemGroup>
</Project>
XML
  cp "$3" "$1/$2/"
  dotnet build "$1/$2/$2.csproj" -c Release -nr:false -p:TaskerBuildRoot="$1/build" >/dev/null
  assembly="$1/$2/bin/Release/net10.0/$2.dll"
}
