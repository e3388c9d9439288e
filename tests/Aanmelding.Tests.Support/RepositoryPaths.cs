namespace Aanmelding.Tests.Support;

/// <summary>Finds build outputs relative to the repository, in the configuration the tests were built in.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    public static string LocalHostDll => Path.Combine(Root, "src", "LocalHost", "bin", Configuration, "net10.0", "Aanmelding.LocalHost.dll");

    public static string FunctionsOutput => Path.Combine(Root, "src", "Functions", "bin", Configuration, "net10.0");

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Aanmelding.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Aanmelding.sln not found above the test output.");
    }
}
