using BenchmarkDotNet.Running;
using Tasker.Benchmarks;

// Brief runs (2 cores shared): dotnet run -c Release --project tests/Tasker.Benchmarks -- --filter '*' --job short
BenchmarkSwitcher.FromAssembly(typeof(EngineOverheadBenchmarks).Assembly).Run(args);
