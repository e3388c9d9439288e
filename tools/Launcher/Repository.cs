namespace Aanmelding.Launcher;

/// <summary>The repository (the folder with Aanmelding.sln) and the build outputs in it, in the configuration the caller was built in.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Configuration { get; } =
        AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";

    public static string LocalHostDll => Path.Combine(Root, "src", "LocalHost", "bin", Configuration, "net10.0", "Aanmelding.LocalHost.dll");

    /// <summary>The Functions app's build output: the folder the Functions host runs (host.json, functions.metadata, the worker).</summary>
    public static string FunctionsOutput => Path.Combine(Root, "src", "Functions", "bin", Configuration, "net10.0");

    public static string AzuriteExecutable => Path.Combine(Root, "node_modules", ".bin", "azurite");

    static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Aanmelding.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException($"Aanmelding.sln niet gevonden boven {AppContext.BaseDirectory}.");
    }
}
