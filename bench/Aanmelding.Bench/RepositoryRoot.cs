namespace Aanmelding.Bench;

/// <summary>Finds the repository (the folder with Aanmelding.sln) above the bench's build output.</summary>
public static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{System.IO.Path.DirectorySeparatorChar}Debug{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    public static string LocalHostDll => System.IO.Path.Combine(Path, "src", "LocalHost", "bin", Configuration, "net10.0", "Aanmelding.LocalHost.dll");

    static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(System.IO.Path.Combine(dir.FullName, "Aanmelding.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Aanmelding.sln not found above the bench's output.");
    }
}
