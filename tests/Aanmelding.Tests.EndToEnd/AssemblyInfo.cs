using Aanmelding.Tests.Support;

// The long-running classes start first (see LongRunningAttribute).
[assembly: TestCollectionOrderer(LongestFirst.TypeName, LongestFirst.AssemblyName)]
