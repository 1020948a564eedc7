using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/TeamsDialogueBot.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(TeamsDialogueBot.Benchmarks.ActivityDeserialization).Assembly).Run(args);
