# Sourced by the bench scripts: builds the tasker tool (Release) and a task module next to it, under a work folder
# (the repository's obj/ and bin/ are left alone). Run from the repository root.
#
#   build_tool WORK               sets $tool to Tasker.Cli.dll
#   publish_tool WORK             sets $tool to Tasker.Cli.dll as the platform's tool package holds it (ReadyToRun,
#                                 where the platform is one the tool is packed for) and $portable as the portable
#                                 package holds it (compiled just in time)
#   build_module WORK NAME FILE   builds the module NAME from the C# file FILE; sets $assembly to NAME.dll

build_tool() {
  dotnet build src/Tasker.Cli/Tasker.Cli.csproj -c Release -nr:false -p:TaskerBuildRoot="$1/build" >/dev/null
  tool="$1/build/Tasker.Cli/bin/Release/net10.0/Tasker.Cli.dll"
}

publish_tool() {
  local rid
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) rid=linux-x64 ;; Linux-aarch64) rid=linux-arm64 ;; Darwin-arm64) rid=osx-arm64 ;; *) rid="" ;;
  esac
  dotnet publish src/Tasker.Cli/Tasker.Cli.csproj -c Release -nr:false -p:TaskerBuildRoot="$1/build" -o "$1/portable" >/dev/null
  portable="$1/portable/Tasker.Cli.dll"
  tool="$portable"
  tool_kind="portable"
  if [ -n "$rid" ]; then
    dotnet publish src/Tasker.Cli/Tasker.Cli.csproj -c Release -nr:false -r "$rid" --self-contained false -p:PublishReadyToRun=true \
      -p:TaskerBuildRoot="$1/build" -o "$1/r2r" >/dev/null
    tool="$1/r2r/Tasker.Cli.dll"
    tool_kind="$rid (ReadyToRun)"
  fi
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
